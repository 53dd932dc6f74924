package dev.okr.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalInfluxIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesWritesAndQueriesOnLoopbackAndLeavesNothingBehind() throws Exception {
        Path dataDir;
        long pid;
        try (LocalInflux influx = LocalInflux.builder().start()) {
            dataDir = influx.dataDir();
            pid = influx.pid();
            assertThat(influx.url()).startsWith("http://127.0.0.1:");
            assertThat(influx.httpPort()).as("never the shared default port").isNotEqualTo(8086);

            post(influx.url() + "/query", "q=" + encode("CREATE DATABASE probe"));
            HttpResponse<String> write =
                    post(
                            influx.url() + "/write?db=probe&precision=ms",
                            "okr_probe,kr=a value=1.5 1700000000000");
            assertThat(write.statusCode()).isEqualTo(204);
            String rows =
                    post(
                                    influx.url() + "/query?db=probe",
                                    "q=" + encode("SELECT value FROM okr_probe"))
                            .body();
            assertThat(rows).contains("[\"2023-11-14T22:13:20Z\",1.5]");
        }
        assertThat(ProcessHandle.of(pid)).as("influxd stopped by its PID").isEmpty();
        assertThat(dataDir).as("temporary data directory deleted").doesNotExist();
    }

    @Test
    void keepsAGivenDataDirectoryAcrossRestarts() throws Exception {
        Path dir = Files.createTempDirectory("okr-influx-kept-");
        try {
            try (LocalInflux influx = LocalInflux.builder().dataDir(dir).start()) {
                post(influx.url() + "/query", "q=" + encode("CREATE DATABASE kept"));
                post(influx.url() + "/write?db=kept", "m v=1 1");
            }
            try (LocalInflux influx = LocalInflux.builder().dataDir(dir).start()) {
                String rows =
                        post(influx.url() + "/query?db=kept", "q=" + encode("SELECT v FROM m"))
                                .body();
                assertThat(rows).contains("\"values\":[[\"1970-01-01T00:00:00.000000001Z\",1]]");
            }
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    @Test
    void influxdDiesWhenTheJvmThatStartedItIsKilled() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                StartInfluxAndWait.class.getName())
                        .redirectErrorStream(true)
                        .start();
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        List<String> started = List.of(out.readLine().split(" "));
        assertThat(started).as("child reports: started <pid> <dir>").hasSize(3);
        long influxdPid = Long.parseLong(started.get(1));
        Path dataDir = Path.of(started.get(2));
        try {
            assertThat(ProcessHandle.of(influxdPid)).isPresent();

            parent.destroyForcibly(); // kill -9: no shutdown hook runs

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () ->
                                    assertThat(
                                                    ProcessHandle.of(influxdPid)
                                                            .map(ProcessHandle::isAlive)
                                                            .orElse(false))
                                            .as("influxd outlived the JVM that started it")
                                            .isFalse());
        } finally {
            ServerProcess.stop(influxdPid);
            Directories.deleteRecursively(dataDir);
        }
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
