package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the rows of each kind of panel query must be, against the history the pipeline wrote: the
 * expectations of {@link DashboardQueriesIT}, one method per panel shape.
 */
final class PanelChecks {

    private static final Pattern LAST = Pattern.compile("last\\(\"(\\w+)\"\\)");
    private static final Pattern STATUS = Pattern.compile("\"status\" = '(\\w+)'");

    private final ExampleStore store;
    private final Map<String, Map<String, Object>> newestKeyResults;
    private final Map<String, Map<String, Object>> newestObjectives;

    PanelChecks(ExampleStore store) {
        this.store = store;
        this.newestKeyResults = store.newestKeyResultPoints();
        this.newestObjectives = store.newestObjectivePoints();
    }

    Map<String, Map<String, Object>> newestKeyResults() {
        return newestKeyResults;
    }

    static Set<Object> column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    static Set<Object> ids(List<String> ids) {
        return Set.copyOf(ids);
    }

    static double sum(List<Map<String, Object>> rows, String column) {
        return rows.stream()
                .map(r -> r.get(column))
                .filter(Objects::nonNull)
                .mapToDouble(v -> ((Number) v).doubleValue())
                .sum();
    }

    /** What a variable lists when {@code teams} are selected. */
    Set<Object> variableValues(String variable, List<String> teams) {
        return switch (variable) {
            case "$period" -> Set.of(store.okrs.period().name());
            case "$team" -> ids(store.teams());
            case "$objective" ->
                    ids(
                            store.okrs.objectives().stream()
                                    .filter(o -> teams.contains(o.team()))
                                    .map(Objective::id)
                                    .toList());
            case "$kr" -> ids(store.okrs.keyResults().stream().map(KeyResult::id).toList());
            default -> throw new AssertionError("no expectation for variable " + variable);
        };
    }

    /** One row per objective, its title and score the newest roll-up's (no score when none). */
    void objectiveRows(List<Map<String, Object>> rows, List<Objective> expected) {
        assertThat(column(rows, "objective"))
                .isEqualTo(ids(expected.stream().map(Objective::id).toList()));
        assertThat(rows).hasSize(expected.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> newest = newestObjectives.get(row.get("objective"));
            assertThat(row.get("score"))
                    .as("score of %s", row.get("objective"))
                    .isEqualTo(newest.get("score"));
            assertThat(row.get("title")).isEqualTo(newest.get("title"));
        }
    }

    /** One row per key result of the objective, with its newest status and score. */
    void keyResultRows(List<Map<String, Object>> rows, Objective objective) {
        assertThat(column(rows, "kr"))
                .as(objective.id())
                .isEqualTo(ids(store.keyResultIdsOf(objective)));
        assertThat(rows).hasSize(objective.keyResults().size());
        for (Map<String, Object> row : rows) {
            sameAsNewest(row, row.get("kr").toString());
        }
    }

    /** Every column but time equals the key result's newest point in the history. */
    void sameAsNewest(Map<String, Object> row, String kr) {
        Map<String, Object> newest = newestKeyResults.get(kr);
        row.forEach(
                (column, value) -> {
                    if (!column.equals("time")) {
                        assertThat(value).as("%s of %s", column, kr).isEqualTo(newest.get(column));
                    }
                });
    }

    /** A status query counts the key results whose newest reading has that status. */
    void statusCount(PanelQuery q, List<Map<String, Object>> rows) {
        Matcher m = STATUS.matcher(q.query());
        assertThat(m.find()).as(q.toString()).isTrue();
        long expected =
                newestKeyResults.values().stream()
                        .filter(r -> m.group(1).equals(r.get("status")))
                        .count();
        if (expected == 0) {
            assertThat(rows).as(q + ": InfluxDB counts nothing as no row").isEmpty();
        } else {
            assertThat(rows)
                    .as(q.toString())
                    .singleElement()
                    .satisfies(r -> assertThat(r.values()).contains(expected));
        }
    }

    /**
     * The team table: a row per key result as its newest point; the trends: a series per key
     * result.
     */
    void teamPanel(PanelQuery q, List<Map<String, Object>> rows, Objective o) {
        Set<Object> keyResults = ids(store.keyResultIdsOf(o));
        switch (q.panelType()) {
            case "table" -> {
                assertThat(column(rows, "kr")).as(q + " " + o.id()).isEqualTo(keyResults);
                assertThat(rows).hasSize(keyResults.size());
                rows.forEach(row -> sameAsNewest(row, row.get("kr").toString()));
            }
            case "timeseries" -> {
                assertThat(column(rows, "kr")).as(q + " " + o.id()).isSubsetOf(keyResults);
                if (q.refId().equals("B")) {
                    assertThat(column(rows, "kr"))
                            .as("every key result has an expected pace")
                            .isEqualTo(keyResults);
                }
                assertThat(rows).allSatisfy(r -> assertThat(r.get("last")).isNotNull());
            }
            default -> fail("no expectation for " + q);
        }
    }

    /**
     * A key result's series: rows exactly when the history has a value in the range for one of the
     * fields the query reads, and no row without a value.
     */
    void keyResultSeries(
            PanelQuery q, List<Map<String, Object>> rows, KeyResult kr, Instant from, Instant to) {
        String range =
                " WHERE \"kr\" = '"
                        + kr.id()
                        + "' AND time >= '"
                        + from
                        + "' AND time <= '"
                        + to
                        + "'";
        if (q.query().contains("okr_metric")) {
            long windows =
                    store.rows("SELECT count(\"value\") FROM \"okr_metric\"" + range).stream()
                            .mapToLong(r -> (Long) r.get("count"))
                            .sum();
            assertThat((long) rows.size())
                    .as("one row per window of %s", kr.id())
                    .isEqualTo(windows);
            assertThat(column(rows, "window")).doesNotContainNull();
            return;
        }
        List<String> counts = new ArrayList<>();
        Matcher last = LAST.matcher(q.query());
        while (last.find()) {
            counts.add("count(\"" + last.group(1) + "\")");
        }
        boolean anyValue =
                store
                        .rows("SELECT " + String.join(", ", counts) + " FROM \"okr_kr\"" + range)
                        .stream()
                        .flatMap(r -> r.entrySet().stream())
                        .anyMatch(
                                e ->
                                        !e.getKey().equals("time")
                                                && e.getValue() instanceof Long n
                                                && n > 0);
        assertThat(!rows.isEmpty())
                .as("%s %s draws exactly when the history has values", q, kr.id())
                .isEqualTo(anyValue);
        assertThat(rows)
                .allSatisfy(
                        r ->
                                assertThat(r.entrySet())
                                        .anyMatch(
                                                e ->
                                                        !e.getKey().equals("time")
                                                                && e.getValue() != null));
    }

    /**
     * A health panel: the meters the run recorded, the retries and rejections it was made to have.
     */
    static void healthPanel(PanelQuery q, List<Map<String, Object>> rows) {
        String measurement = q.query().replaceAll(".*FROM \"(\\w+)\".*", "$1");
        switch (measurement) {
            case "okr_pipeline_freshness" ->
                    assertThat(rows)
                            .as(
                                    "a bounded run records no freshness: its readings are of the past (DemoIT sees a live run's)")
                            .isEmpty();
            case "okr_pipeline_events_rejected" -> {
                assertThat(column(rows, "reason")).isNotEmpty().doesNotContainNull();
                assertThat(sum(rows, "sum")).as("malformed records were sent").isPositive();
            }
            case "okr_pipeline_sink_retries" ->
                    assertThat(column(rows, "cause")).as(q.toString()).contains("http-503");
            case "okr_pipeline_sink_lines_rejected" ->
                    assertThat(column(rows, "status")).as(q.toString()).contains("400");
            case "okr_pipeline_events_in",
                    "okr_pipeline_events_accepted",
                    "okr_pipeline_sink_points_written",
                    "okr_pipeline_sink_batches_written" ->
                    assertThat(sum(rows, "sum")).as(q.toString()).isPositive();
            case "okr_pipeline_sink_write_latency", "okr_pipeline_watermark_lag" ->
                    assertThat(rows)
                            .as(q.toString())
                            .isNotEmpty()
                            .allSatisfy(r -> assertThat(r.values()).doesNotContainNull());
            case "okr_pipeline_jvm_memory_usage_after_gc", "okr_pipeline_jvm_gc_overhead" ->
                    assertThat(rows)
                            .as(q + ": a share of the heap or of the time, published")
                            .isNotEmpty()
                            .allSatisfy(
                                    r ->
                                            assertThat(((Number) r.get("max")).doubleValue())
                                                    .isBetween(0.0, 1.0));
            default ->
                    assertThat(rows).as(q + ": the meter is published, zero or not").isNotEmpty();
        }
    }
}
