package dev.okr.bench.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The few InfluxDB v1 HTTP calls the benchmarks make themselves: InfluxQL queries, pre-encoded
 * writes and the server's version. Failures are exceptions with the server's answer.
 */
public final class InfluxHttpClient {

    private final String url;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    public InfluxHttpClient(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String url() {
        return url;
    }

    /** Runs an InfluxQL statement and returns the JSON answer. */
    public String query(String influxql) {
        return query(null, influxql);
    }

    /** Runs an InfluxQL statement against {@code database} and returns the JSON answer. */
    public String query(String database, String influxql) {
        String form = "q=" + URLEncoder.encode(influxql, StandardCharsets.UTF_8);
        if (database != null) {
            form += "&db=" + URLEncoder.encode(database, StandardCharsets.UTF_8);
        }
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(URI.create(url + "/query"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build());
        if (response.statusCode() != 200 || response.body().contains("\"error\"")) {
            throw new IllegalStateException(influxql + " failed: " + response.body());
        }
        return response.body();
    }

    /** Posts newline-separated line protocol with nanosecond timestamps. */
    public void write(String database, byte[] body) {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(url + "/write?precision=ns&db=" + database))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("write to " + database + " failed: " + response.body());
        }
    }

    /** The server's version, from its {@code /ping} answer; "unknown" when it says none. */
    public String version() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(url + "/ping")).GET().build());
        return response.headers().firstValue("X-Influxdb-Version").orElse("unknown");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("InfluxDB at " + url + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
