package dev.okr.connectors.influx;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A stand-in for InfluxDB's {@code /write} on 127.0.0.1 that answers as a test scripts it, to
 * inject the failures a real server gives only by chance (503, 429 with {@code Retry-After}, 413).
 * It records every request it receives, with its arrival time on this side of the wire.
 */
final class FaultInjector implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer of(int status) {
            return new Answer(status, Map.of(), "");
        }
    }

    /** One request as received. */
    record Received(long arrivalMillis, String body) {
        List<String> lines() {
            return body.lines().toList();
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> otherwise = r -> Answer.of(204);

    FaultInjector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/write", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next requests with {@code answers}, in order. */
    FaultInjector then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Answers requests after the script runs out; 204 by default. */
    FaultInjector otherwise(Function<Received, Answer> answer) {
        this.otherwise = answer;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = System.currentTimeMillis();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(arrival, body);
        received.add(request);
        Answer answer = script.poll();
        if (answer == null) {
            answer = otherwise.apply(request);
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            exchange.getResponseBody().write(out);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
