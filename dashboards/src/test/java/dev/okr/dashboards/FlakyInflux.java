package dev.okr.dashboards;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A proxy on 127.0.0.1 in front of a real influxd that answers the first few write requests of the
 * pipeline's sink (bodies with {@code okr_kr} points) with 503, and forwards everything else: the
 * one way to make the sink retry, and so publish its {@code retries} meter, against a server that
 * never fails. A fault injector, as the house rules allow.
 */
final class FlakyInflux implements AutoCloseable {

    /** Headers Java's HTTP client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String influx;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger failed = new AtomicInteger();

    FlakyInflux(String influxUrl, int failures) throws IOException {
        this.influx = influxUrl;
        this.failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many write requests it answered with 503. */
    int failed() {
        return failed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean sinkWrite =
                exchange.getRequestURI().getPath().equals("/write")
                        && new String(body, StandardCharsets.UTF_8).contains("okr_kr,");
        if (sinkWrite && failuresLeft.getAndDecrement() > 0) {
            failed.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        HttpRequest.Builder forward =
                HttpRequest.newBuilder(URI.create(influx + exchange.getRequestURI()))
                        .method(
                                exchange.getRequestMethod(),
                                HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders()
                .forEach(
                        (name, values) -> {
                            if (!RESTRICTED_HEADERS.contains(
                                    name.toLowerCase(java.util.Locale.ROOT))) {
                                values.forEach(v -> forward.header(name, v));
                            }
                        });
        try {
            HttpResponse<byte[]> answer =
                    client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers()
                    .firstValue("Content-Type")
                    .ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
