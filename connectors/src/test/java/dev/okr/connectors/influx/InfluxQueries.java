package dev.okr.connectors.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * InfluxQL over HTTP for a test's own influxd (the testkit's {@code TestInflux} serves the shared
 * one): optional Basic credentials, answers as JSON.
 */
final class InfluxQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String url;
    private final String authorization;

    InfluxQueries(String url) {
        this(url, null);
    }

    private InfluxQueries(String url, String authorization) {
        this.url = url;
        this.authorization = authorization;
    }

    InfluxQueries as(String user, String password) {
        return new InfluxQueries(url, "Basic " + base64(user + ":" + password));
    }

    /** Runs {@code influxql}; fails on an HTTP error. */
    JsonNode query(String influxql) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url + "/query"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "q="
                                                + URLEncoder.encode(
                                                        influxql, StandardCharsets.UTF_8)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "InfluxDB answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The first value of the first row of a one-number query such as {@code SELECT count(..)}. */
    long number(String influxql) throws IOException, InterruptedException {
        JsonNode values = query(influxql).path("results").path(0).path("series").path(0);
        return values.path("values").path(0).path(1).asLong(0);
    }

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
