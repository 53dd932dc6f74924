package dev.okr.infra.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.infra.local.FreePorts;
import dev.okr.infra.local.ServerProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Flink standalone session cluster on 127.0.0.1: a JobManager and a TaskManager, each in its
 * own JVM, on Flink's jars from Maven Central (flink-dist is not published there). Jobs are
 * submitted the way a production cluster takes them: a jar uploaded and run through the REST API.
 *
 * <p>The processes die with this JVM and are stopped by PID on {@link #close()}; the working
 * directory (configuration, logs, uploaded jars) is deleted then.
 */
public final class LocalFlinkCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPENS =
            Stream.of(
                            "java.util",
                            "java.lang",
                            "java.net",
                            "java.io",
                            "java.nio",
                            "java.time",
                            "java.util.concurrent")
                    .map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED")
                    .toList();

    private final Path dir;
    private final ServerProcess jobManager;
    private final ServerProcess taskManager;
    private final String restUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalFlinkCluster(
            Path dir, ServerProcess jobManager, ServerProcess taskManager, String restUrl) {
        this.dir = dir;
        this.jobManager = jobManager;
        this.taskManager = taskManager;
        this.restUrl = restUrl;
    }

    /** Starts a JobManager and a TaskManager with {@code slots} slots and waits until it serves. */
    public static LocalFlinkCluster start(int slots) {
        String classpath = classpath();
        Path dir;
        try {
            dir = Files.createTempDirectory("okr-flink-");
            Path conf = Files.createDirectories(dir.resolve("conf"));
            int rest = FreePorts.find();
            Files.writeString(
                    conf.resolve("config.yaml"), config(dir, slots, rest, FreePorts.find()));
            Files.writeString(conf.resolve("log4j.properties"), LOG4J);
            ServerProcess jm =
                    launch(
                            "Flink JobManager",
                            "GET_JM_RESOURCE_PARAMS",
                            "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
                            classpath,
                            dir,
                            "jobmanager.log");
            ServerProcess tm;
            try {
                tm =
                        launch(
                                "Flink TaskManager",
                                "GET_TM_RESOURCE_PARAMS",
                                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
                                classpath,
                                dir,
                                "taskmanager.log");
            } catch (RuntimeException e) {
                jm.close();
                throw e;
            }
            LocalFlinkCluster cluster =
                    new LocalFlinkCluster(dir, jm, tm, "http://127.0.0.1:" + rest);
            try {
                tm.awaitReady(() -> cluster.slotsAvailable() >= slots, Duration.ofSeconds(120));
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a Flink cluster", e);
        }
    }

    /** The REST endpoint, e.g. {@code http://127.0.0.1:41234}. */
    public String restUrl() {
        return restUrl;
    }

    /**
     * Uploads {@code jar} and runs its main class with {@code args}, as {@code flink run} does.
     *
     * @return the job id
     */
    public String submit(Path jar, List<String> args, int parallelism) {
        String boundary = "okr-" + UUID.randomUUID();
        byte[] body;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            out.write(
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                                    + jar.getFileName()
                                    + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            out.write(Files.readAllBytes(jar));
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            body = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + jar, e);
        }
        JsonNode uploaded =
                call(
                        HttpRequest.newBuilder(URI.create(restUrl + "/jars/upload"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        String filename = uploaded.path("filename").asText();
        String jarId = Path.of(filename).getFileName().toString();
        String run;
        try {
            run =
                    JSON.writeValueAsString(
                            Map.of("programArgsList", args, "parallelism", parallelism));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode started =
                call(
                        HttpRequest.newBuilder(URI.create(restUrl + "/jars/" + jarId + "/run"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(run)));
        return started.path("jobid").asText();
    }

    /**
     * Waits until the job finishes, fails or is cancelled, and returns its final state.
     *
     * @throws IllegalStateException if it failed (with its root exception) or did not end in time
     */
    public String awaitTermination(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String state =
                    call(HttpRequest.newBuilder(URI.create(restUrl + "/jobs/" + jobId)).GET())
                            .path("state")
                            .asText();
            if (state.equals("FAILED")) {
                JsonNode exceptions =
                        call(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        restUrl + "/jobs/" + jobId + "/exceptions"))
                                        .GET());
                throw new IllegalStateException(
                        "job "
                                + jobId
                                + " failed: "
                                + exceptions.path("root-exception").asText(exceptions.toString()));
            }
            if (state.equals("FINISHED") || state.equals("CANCELED")) {
                return state;
            }
            sleepBriefly();
        }
        throw new IllegalStateException(
                "job " + jobId + " did not end within " + timeout.toSeconds() + " s");
    }

    private int slotsAvailable() {
        try {
            return call(HttpRequest.newBuilder(URI.create(restUrl + "/overview")).GET())
                    .path("slots-total")
                    .asInt();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(
                            request.timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "Flink REST answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Flink REST call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the TaskManager, then the JobManager, by PID, and deletes the working directory. */
    @Override
    public void close() {
        taskManager.close();
        jobManager.close();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /**
     * Starts one Flink process with the memory settings Flink's own scripts would compute: the JVM
     * flags and dynamic properties {@code BashJavaUtils} prints for it.
     */
    private static ServerProcess launch(
            String name, String params, String mainClass, String classpath, Path dir, String log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> resources = resourceParams(java, classpath, dir, params);
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(OPENS);
        command.addAll(List.of(resources.get(0).trim().split("\\s+")));
        command.addAll(
                List.of(
                        "-Dlog.file=" + dir.resolve(log),
                        "-Dlog4j.configurationFile="
                                + dir.resolve("conf").resolve("log4j.properties"),
                        "-cp",
                        classpath,
                        mainClass,
                        "--configDir",
                        dir.resolve("conf").toString()));
        command.addAll(List.of(resources.get(1).trim().split("\\s+")));
        return ServerProcess.start(name, command, dir, dir.resolve(log + ".out"), true);
    }

    private static List<String> resourceParams(
            String java, String classpath, Path dir, String params) throws IOException {
        Process p =
                new ProcessBuilder(
                                java,
                                "-cp",
                                classpath,
                                "org.apache.flink.runtime.util.bash.BashJavaUtils",
                                params,
                                "--configDir",
                                dir.resolve("conf").toString())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("BashJavaUtils " + params + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> results =
                output.lines()
                        .filter(l -> l.startsWith("BASH_JAVA_UTILS_EXEC_RESULT:"))
                        .map(l -> l.substring("BASH_JAVA_UTILS_EXEC_RESULT:".length()))
                        .toList();
        if (results.size() < 2) {
            throw new IllegalStateException(
                    "BashJavaUtils " + params + " printed no settings:\n" + output);
        }
        return results;
    }

    static String classpath() {
        try (InputStream in =
                LocalFlinkCluster.class.getResourceAsStream("flink-cluster.classpath")) {
            if (in == null) {
                throw new IllegalStateException(
                        "The Flink cluster classpath was not built; run `mvn -B package -pl infra/cluster -am`.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String config(Path dir, int slots, int rest, int rpc) {
        return """
                jobmanager:
                  rpc: {address: 127.0.0.1, port: %3$d}
                  bind-host: 127.0.0.1
                  memory: {process: {size: 1024m}}
                taskmanager:
                  bind-host: 127.0.0.1
                  host: 127.0.0.1
                  numberOfTaskSlots: %1$d
                  memory: {process: {size: 2048m}}
                rest: {address: 127.0.0.1, bind-address: 127.0.0.1, port: %2$d}
                blob: {server: {port: "0"}}
                web: {upload: {dir: "%4$s"}}
                parallelism: {default: 1}
                """
                .formatted(slots, rest, rpc, dir.resolve("uploads"));
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final String LOG4J =
            """
            rootLogger.level = WARN
            rootLogger.appenderRef.file.ref = MainAppender
            appender.main.name = MainAppender
            appender.main.type = File
            appender.main.fileName = ${sys:log.file}
            appender.main.layout.type = PatternLayout
            appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
            """;
}
