package dev.okr.status;

import dev.okr.job.InfluxSchema;
import dev.okr.job.InfluxSchema.KeyResult;
import dev.okr.job.InfluxSchema.Objective;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The latest score of every objective and key result of one period, read from InfluxDB exactly as
 * the dashboards read it.
 *
 * @param period the period shown
 * @param asOf the newest evaluation instant among the points read
 */
public record Scoreboard(
        String period,
        Instant asOf,
        List<ObjectiveLine> objectives,
        List<KeyResultLine> keyResults) {

    /** The latest {@code okr_objective} point of one objective. */
    public record ObjectiveLine(
            String period,
            String id,
            String team,
            String parent,
            String title,
            Double score,
            long krs,
            long krsWithValue,
            long timeNanos) {}

    /** The latest {@code okr_kr} point of one key result. */
    public record KeyResultLine(
            String objective,
            String id,
            String title,
            String unit,
            Double value,
            Double baseline,
            Double target,
            Double score,
            String status,
            long timeNanos) {}

    /**
     * Reads the latest points of {@code period}, or of the period written most recently when empty;
     * {@code team} narrows the board to one team's objectives.
     */
    public static Optional<Scoreboard> load(
            InfluxQueryClient influx, Optional<String> period, Optional<String> team) {
        List<ObjectiveLine> all =
                influx
                        .query(
                                "SELECT * FROM \""
                                        + Objective.MEASUREMENT
                                        + "\" GROUP BY * ORDER BY time DESC LIMIT 1")
                        .stream()
                        .map(Scoreboard::objective)
                        .toList();
        Optional<String> shown =
                period.or(
                        () ->
                                all.stream()
                                        .max(Comparator.comparingLong(ObjectiveLine::timeNanos))
                                        .map(ObjectiveLine::period));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        String p = shown.get();
        List<ObjectiveLine> objectives =
                influx
                        .query(
                                "SELECT * FROM \""
                                        + Objective.MEASUREMENT
                                        + "\" WHERE \"period\" = '"
                                        + escape(p)
                                        + "' GROUP BY * ORDER BY time DESC LIMIT 1")
                        .stream()
                        .map(Scoreboard::objective)
                        .filter(o -> team.isEmpty() || team.get().equals(o.team()))
                        .sorted(Comparator.comparing(ObjectiveLine::id))
                        .toList();
        List<KeyResultLine> keyResults =
                influx
                        .query(
                                "SELECT * FROM \""
                                        + KeyResult.MEASUREMENT
                                        + "\" WHERE \"period\" = '"
                                        + escape(p)
                                        + "' GROUP BY * ORDER BY time DESC LIMIT 1")
                        .stream()
                        .map(Scoreboard::keyResult)
                        .filter(
                                kr ->
                                        objectives.stream()
                                                .anyMatch(o -> o.id().equals(kr.objective())))
                        .sorted(Comparator.comparing(KeyResultLine::id))
                        .toList();
        long newest =
                Math.max(
                        objectives.stream().mapToLong(ObjectiveLine::timeNanos).max().orElse(0),
                        keyResults.stream().mapToLong(KeyResultLine::timeNanos).max().orElse(0));
        return Optional.of(
                new Scoreboard(p, Instant.ofEpochSecond(0, newest), objectives, keyResults));
    }

    private static ObjectiveLine objective(InfluxQueryClient.Row row) {
        return new ObjectiveLine(
                row.string(InfluxSchema.PERIOD),
                row.string(InfluxSchema.OBJECTIVE),
                row.string(InfluxSchema.TEAM),
                row.string(InfluxSchema.PARENT),
                row.string(InfluxSchema.TITLE),
                row.number(InfluxSchema.SCORE),
                count(row, Objective.KRS),
                count(row, Objective.KRS_WITH_VALUE),
                ((Number) row.values().get("time")).longValue());
    }

    private static KeyResultLine keyResult(InfluxQueryClient.Row row) {
        return new KeyResultLine(
                row.string(InfluxSchema.OBJECTIVE),
                row.string(InfluxSchema.KR),
                row.string(InfluxSchema.TITLE),
                row.string(KeyResult.UNIT),
                row.number(InfluxSchema.VALUE),
                row.number(KeyResult.BASELINE),
                row.number(KeyResult.TARGET),
                row.number(InfluxSchema.SCORE),
                row.string(KeyResult.STATUS),
                ((Number) row.values().get("time")).longValue());
    }

    private static long count(InfluxQueryClient.Row row, String field) {
        Double n = row.number(field);
        return n == null ? 0 : n.longValue();
    }

    /** Escapes a string literal of InfluxQL. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }
}
