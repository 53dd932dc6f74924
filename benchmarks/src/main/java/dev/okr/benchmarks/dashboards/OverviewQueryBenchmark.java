package dev.okr.benchmarks.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.bench.Spread;
import dev.okr.infra.local.LocalInflux;
import dev.okr.metric.MetricPlan;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How fast the OKR Overview's queries answer with a full quarter of history for 200 key results in
 * a local influxd, against the board's budget of 100 ms a query, beside the store's floor measured
 * in the same run ({@code SHOW DATABASES}) and the history queries the latest-value rows replace.
 *
 * <p>The store is written by {@link QuarterStore} through the pipeline's own point builders. The
 * queries are read from the provisioned dashboard, with its variables set as Grafana would (one
 * period, every team, one objective for the repeated key result panel). Each query is sent over
 * HTTP as Grafana's POST mode does, three times to warm up, then {@code BENCH_RUNS} times (default
 * 15); the figures are the median and range of the round trip, body read. Then {@code
 * BENCH_LIVE_DAYS} (default 7) days of live readings, one a minute for every key result and
 * objective, are added and everything is measured again. {@code BENCH_DASHBOARD} names the
 * overview's JSON (default {@code dashboards/provisioning/dashboards/okr/okr-overview.json}, run
 * from the repository root).
 */
public final class OverviewQueryBenchmark {

    private static final double BUDGET_MS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int runs = (int) env("BENCH_RUNS", 15);
    private final int liveDays = (int) env("BENCH_LIVE_DAYS", 7);
    private final Path dashboard =
            Path.of(
                    Optional.ofNullable(System.getenv("BENCH_DASHBOARD"))
                            .orElse("dashboards/provisioning/dashboards/okr/okr-overview.json"));
    private final HttpClient http = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        new OverviewQueryBenchmark().run();
    }

    private void run() throws Exception {
        OkrSet okrs = OkrFileLoader.loadText("quarter.yaml", QuarterOkrs.yaml());
        MetricPlan plan = MetricPlan.compile(okrs, Optional.empty());
        String period = okrs.period().name();
        String teams =
                okrs.objectives().stream()
                        .map(o -> o.team())
                        .distinct()
                        .collect(Collectors.joining("|", "(", ")"));
        try (LocalInflux influx = LocalInflux.builder().start()) {
            String db = "okr";
            query(influx.url(), null, "CREATE DATABASE " + db);
            QuarterStore store = new QuarterStore(plan, influx.url(), db);
            long started = System.nanoTime();
            store.writeQuarter();
            System.out.printf(
                    "%d key results, %d points written for the quarter in %.0f s%n",
                    okrs.keyResults().size(), store.written(), (System.nanoTime() - started) / 1e9);
            Map<String, String> queries = queries(period, teams, QuarterOkrs.objective(1, 2));
            queries.put(
                    "history: newest point per key result (ORDER BY time DESC LIMIT 1)",
                    "SELECT \"title\", \"status\", \"score\" FROM \"okr_kr\" WHERE \"period\" = '"
                            + period
                            + "' AND "
                            + quarter(plan)
                            + " GROUP BY \"kr\" ORDER BY time DESC LIMIT 1");
            queries.put(
                    "history: last(\"score\") per key result",
                    "SELECT last(\"score\") FROM \"okr_kr\" WHERE \"period\" = '"
                            + period
                            + "' AND "
                            + quarter(plan)
                            + " GROUP BY \"kr\"");
            measure(influx.url(), db, queries, "daily and hourly readings");
            if (liveDays > 0) {
                long before = store.written();
                started = System.nanoTime();
                store.writeLive(liveDays);
                System.out.printf(
                        "%n%d points of live readings (%d days) written in %.0f s%n",
                        store.written() - before, liveDays, (System.nanoTime() - started) / 1e9);
                measure(influx.url(), db, queries, "plus " + liveDays + " days of live readings");
            }
        }
    }

    private static String quarter(MetricPlan plan) {
        return "time >= " + plan.periodStart() + "ms AND time <= " + plan.periodEnd() + "ms";
    }

    /** The overview's queries, variables set: {@code $objective} to one objective. */
    private Map<String, String> queries(String period, String teams, String objective)
            throws Exception {
        JsonNode board = JSON.readTree(Files.readString(dashboard));
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonNode v : board.path("templating").path("list")) {
            queries.put("variable $" + v.path("name").asText(), v.path("query").asText());
        }
        for (JsonNode panel : board.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String name =
                        panel.path("title")
                                        .asText()
                                        .replace("$objective", "key results of one objective")
                                + (panel.path("targets").size() > 1
                                        ? " " + target.path("refId").asText()
                                        : "");
                queries.put(name, target.path("query").asText());
            }
        }
        queries.replaceAll(
                (name, q) ->
                        q.replace("$period", period)
                                .replace("$team", teams)
                                .replace("$objective", objective));
        return queries;
    }

    private void measure(String url, String db, Map<String, String> queries, String store)
            throws Exception {
        List<Double> floor = times(url, db, "SHOW DATABASES");
        System.out.printf(
                "%nStore: %s. Floor (SHOW DATABASES): %s ms%n",
                store, Spread.of(floor).format("%.1f"));
        System.out.println("| query | median ms | min | max | median / 100 ms |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Spread s = Spread.of(times(url, db, q.getValue()));
            System.out.printf(
                    "| %s | %.1f | %.1f | %.1f | %.2f |%n",
                    q.getKey(), s.median(), s.min(), s.max(), s.median() / BUDGET_MS);
        }
    }

    private List<Double> times(String url, String db, String q) throws Exception {
        for (int i = 0; i < 3; i++) {
            query(url, db, q);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query(url, db, q);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return ms;
    }

    private String query(String url, String db, String q) throws Exception {
        String form =
                "q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)
                        + (db == null
                                ? ""
                                : "&db=" + URLEncoder.encode(db, StandardCharsets.UTF_8));
        HttpResponse<String> answer =
                http.send(
                        HttpRequest.newBuilder(URI.create(url + "/query"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().contains("\"error\"")) {
            throw new IllegalStateException(q + " failed: " + answer.body());
        }
        return answer.body();
    }

    private static long env(String name, long defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : Long.parseLong(value.trim());
    }
}
