package dev.okr.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs InfluxQL over InfluxDB's v1 {@code /query} endpoint, which InfluxDB 1.x, 2.x and 3.x all
 * serve, and returns the rows of every series. Credentials come from the environment: {@code
 * OKR_INFLUX_TOKEN} (sent as {@code Authorization: Token ...}), else {@code OKR_INFLUX_USER} and
 * {@code OKR_INFLUX_PASSWORD} (Basic); they never appear in messages.
 */
public final class InfluxQueryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String database;
    private final String authorization;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public InfluxQueryClient(String url, String database, Map<String, String> environment) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.database = database;
        this.authorization = authorization(environment);
    }

    private static String authorization(Map<String, String> env) {
        String token = env.get("OKR_INFLUX_TOKEN");
        if (token != null && !token.isBlank()) {
            return "Token " + token;
        }
        String user = env.get("OKR_INFLUX_USER");
        if (user != null && !user.isBlank()) {
            String password = env.getOrDefault("OKR_INFLUX_PASSWORD", "");
            return "Basic "
                    + Base64.getEncoder()
                            .encodeToString(
                                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** One row: the series' tags and the row's columns, by name; times in epoch nanoseconds. */
    public record Row(String measurement, Map<String, Object> values) {
        public String string(String key) {
            Object v = values.get(key);
            return v == null ? null : v.toString();
        }

        public Double number(String key) {
            return values.get(key) instanceof Number n ? n.doubleValue() : null;
        }
    }

    /**
     * @throws InfluxQueryException when InfluxDB cannot be reached or answers with an error; the
     *     message says which and how to fix it
     */
    public List<Row> query(String influxql) {
        String form =
                "epoch=ns&db="
                        + URLEncoder.encode(database, StandardCharsets.UTF_8)
                        + "&q="
                        + URLEncoder.encode(influxql, StandardCharsets.UTF_8);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url + "/query"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new InfluxQueryException(
                    "InfluxDB at " + url + " cannot be reached (" + e + "); is it running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfluxQueryException("interrupted while querying InfluxDB", e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new InfluxQueryException(
                    "InfluxDB at "
                            + url
                            + " refused the credentials (HTTP "
                            + response.statusCode()
                            + "); set OKR_INFLUX_TOKEN, or OKR_INFLUX_USER and OKR_INFLUX_PASSWORD",
                    null);
        }
        return rows(response);
    }

    private List<Row> rows(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new InfluxQueryException(
                    "InfluxDB answered HTTP "
                            + response.statusCode()
                            + " with a body that is not JSON",
                    e);
        }
        if (body.has("error")) {
            throw new InfluxQueryException("InfluxDB: " + body.get("error").asText(), null);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : body.path("results")) {
            if (result.has("error")) {
                throw new InfluxQueryException("InfluxDB: " + result.get("error").asText(), null);
            }
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
                    rows.add(new Row(series.path("name").asText(), row));
                }
            }
        }
        return rows;
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? (Object) node.longValue() : node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
