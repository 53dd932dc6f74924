package dev.okr.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One test's view of the shared influxd: databases it creates get names of their own and are
 * dropped when the test ends; queries are InfluxQL over the v1 HTTP API, as Grafana sends them.
 */
public final class TestInflux implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String testName;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> created = new ArrayList<>();

    TestInflux(String url, String testName) {
        this.url = url;
        this.testName = testName;
    }

    /** The server's base URL, {@code http://127.0.0.1:<port>}. */
    public String url() {
        return url;
    }

    /** Creates a database with a name no other test uses; it is dropped when the test ends. */
    public String createDatabase() {
        String name =
                (testName.replaceAll("[^A-Za-z0-9_]", "_") + "_" + COUNTER.incrementAndGet())
                        .toLowerCase(java.util.Locale.ROOT);
        execute(null, "CREATE DATABASE \"" + name + "\"");
        created.add(name);
        return name;
    }

    /**
     * Writes line-protocol {@code lines} (nanosecond timestamps) to {@code database}.
     *
     * @throws IllegalStateException when InfluxDB does not answer 204
     */
    public void write(String database, String... lines) {
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(url + "/write?precision=ns&db=" + encode(database)))
                        .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines)))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new IllegalStateException(
                        "InfluxDB answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("InfluxDB write failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs an InfluxQL query against {@code database} and returns every row of every series, each
     * as column → value with the series' tags added; times are epoch nanoseconds.
     *
     * @throws IllegalStateException when InfluxDB answers with an error
     */
    public List<Map<String, Object>> rows(String database, String influxql) {
        JsonNode results = execute(database, influxql).path("results");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode result : results) {
            for (JsonNode series : result.path("series")) {
                List<String> columns = new ArrayList<>();
                series.path("columns").forEach(c -> columns.add(c.asText()));
                for (JsonNode values : series.path("values")) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    series.path("tags")
                            .properties()
                            .forEach(t -> row.put(t.getKey(), t.getValue().asText()));
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), value(values.get(i)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The number that a query such as {@code SELECT count(x) FROM m} returns, 0 when empty. */
    public long count(String database, String influxql) {
        List<Map<String, Object>> rows = rows(database, influxql);
        if (rows.isEmpty()) {
            return 0;
        }
        return rows.get(0).entrySet().stream()
                .filter(e -> !e.getKey().equals("time"))
                .map(e -> ((Number) e.getValue()).longValue())
                .findFirst()
                .orElse(0L);
    }

    private JsonNode execute(String database, String influxql) {
        StringBuilder form = new StringBuilder("epoch=ns&q=").append(encode(influxql));
        if (database != null) {
            form.append("&db=").append(encode(database));
        }
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url + "/query"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            String error = body.path("error").asText(null);
            for (JsonNode result : body.path("results")) {
                if (result.has("error")) {
                    error = result.get("error").asText();
                }
            }
            if (response.statusCode() / 100 != 2 || error != null) {
                throw new IllegalStateException(
                        "InfluxDB answered "
                                + response.statusCode()
                                + " to `"
                                + influxql
                                + "`: "
                                + error);
            }
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("InfluxDB query failed: " + influxql, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Drops the databases this test created. */
    @Override
    public void close() {
        for (String db : created) {
            execute(null, "DROP DATABASE \"" + db + "\"");
        }
    }
}
