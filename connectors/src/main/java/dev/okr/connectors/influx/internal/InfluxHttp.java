package dev.okr.connectors.influx.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two HTTP calls the sink makes: {@code POST /write} with a batch of lines (v1 API, nanosecond
 * precision) and {@code POST /query} to create the database. HTTP/1.1 with keep-alive, so each
 * request in flight holds one connection; credentials go in the {@code Authorization} header, never
 * in the URL.
 */
public final class InfluxHttp implements AutoCloseable {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final WriteTarget target;
    private final Duration requestTimeout;
    private final ExecutorService executor;
    private final HttpClient client;
    private final URI writeUri;

    public InfluxHttp(WriteTarget target, Duration requestTimeout) {
        this.target = target;
        this.requestTimeout = requestTimeout;
        int id = CLIENTS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.executor =
                Executors.newCachedThreadPool(
                        r -> {
                            Thread t =
                                    new Thread(
                                            r,
                                            "influx-sink-http-"
                                                    + id
                                                    + "-"
                                                    + threads.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        this.client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(min(requestTimeout, Duration.ofSeconds(10)))
                        .executor(executor)
                        .build();
        StringBuilder uri =
                new StringBuilder(target.url())
                        .append("/write?precision=ns&db=")
                        .append(encode(target.database()));
        if (target.retentionPolicy() != null) {
            uri.append("&rp=").append(encode(target.retentionPolicy()));
        }
        this.writeUri = URI.create(uri.toString());
    }

    public WriteTarget target() {
        return target;
    }

    /** Posts {@code lines} (UTF-8, each without its newline) as one write request. */
    public CompletableFuture<HttpResponse<String>> write(List<byte[]> lines) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(writeUri)
                        .timeout(requestTimeout)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body(lines)));
        target.credentials().authorization().ifPresent(a -> request.header("Authorization", a));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code CREATE DATABASE}, which InfluxDB 1.x treats as a no-op when it exists. */
    public CompletableFuture<HttpResponse<String>> createDatabase() {
        String statement =
                "CREATE DATABASE \""
                        + target.database().replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\"";
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(target.url() + "/query"))
                        .timeout(requestTimeout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("q=" + encode(statement)));
        target.credentials().authorization().ifPresent(a -> request.header("Authorization", a));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] body(List<byte[]> lines) {
        int size = lines.size();
        for (byte[] line : lines) {
            size += line.length;
        }
        byte[] body = new byte[size];
        int at = 0;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, body, at, line.length);
            at += line.length;
            body[at++] = '\n';
        }
        return body;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops the client's threads; requests still under way fail. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
