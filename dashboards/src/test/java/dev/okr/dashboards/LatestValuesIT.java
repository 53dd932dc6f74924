package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.internal.LineProtocol;
import dev.okr.job.OutputPoints;
import dev.okr.job.ScoredKeyResult;
import dev.okr.metric.MetricPlan;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.scoring.Grade;
import dev.okr.scoring.ObjectiveScore;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overview's latest-value queries on a real influxd, fed the points the pipeline writes ({@link
 * OutputPoints}): a key result or objective that goes back to no data shows no score, not the score
 * it had (InfluxDB keeps a field a rewrite leaves out), and one that gets a score again shows it.
 */
@ExtendWith(LocalServersExtension.class)
class LatestValuesIT {

    private static final Instant NOVEMBER_9 = Instant.parse("2026-11-08T23:00:00Z");
    private static final Instant NOVEMBER_10 = NOVEMBER_9.plus(Duration.ofDays(1));
    private static final Instant NOVEMBER_11 = NOVEMBER_10.plus(Duration.ofDays(1));

    private OkrSet okrs;
    private OutputPoints output;
    private GrafanaInterpolation overview;

    @BeforeEach
    void examples() throws Exception {
        okrs = OkrFileLoader.load(ExampleStore.okrFiles());
        output = new OutputPoints(MetricPlan.compile(okrs, Optional.empty()), 60_000);
        overview =
                new GrafanaInterpolation(NOVEMBER_9, NOVEMBER_11, Duration.ofHours(1))
                        .single("period", okrs.period().name())
                        .multi("team", List.of("growth"))
                        .multi("objective", List.of("onboarding"));
    }

    private static void write(TestInflux influx, String db, List<InfluxPoint> points) {
        influx.write(
                db, points.stream().map(p -> LineProtocol.encode(p).line()).toArray(String[]::new));
    }

    private ScoredKeyResult d7Retention(Instant at, double score, String status) {
        ScoredKeyResult s = new ScoredKeyResult();
        s.keyResult =
                okrs.keyResults()
                        .indexOf(
                                okrs.keyResults().stream()
                                        .filter(k -> k.id().equals("d7-retention"))
                                        .findFirst()
                                        .orElseThrow());
        s.instant = at.toEpochMilli();
        s.value = Double.isNaN(score) ? Double.NaN : 0.15 + score / 10;
        s.score = score;
        s.status = status;
        s.grade = Double.isNaN(score) ? null : Grade.of(score, false).wireName();
        s.expected = 0.45;
        return s;
    }

    private Map<String, Object> keyResultRow(TestInflux influx, String db) {
        String query =
                Provisioning.dashboard(Provisioning.OVERVIEW).queries().stream()
                        .filter(q -> q.repeated().isPresent())
                        .findFirst()
                        .orElseThrow()
                        .query();
        return influx.rows(db, overview.apply(query)).stream()
                .filter(r -> r.get("kr").equals("d7-retention"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aKeyResultBackToNoDataShowsNoScoreAndThenItsNewScore(TestInflux influx) {
        String db = influx.createDatabase();
        write(influx, db, output.keyResult(d7Retention(NOVEMBER_9, 0.8, "on_track")));
        assertThat(keyResultRow(influx, db))
                .containsEntry("score", 0.8)
                .containsEntry("status", "on_track");

        write(influx, db, output.keyResult(d7Retention(NOVEMBER_10, Double.NaN, "no_data")));
        assertThat(keyResultRow(influx, db))
                .as("no stale 0.8 once the key result has no data")
                .containsEntry("score", null)
                .containsEntry("status", "no_data");

        write(influx, db, output.keyResult(d7Retention(NOVEMBER_11, 0.3, "off_track")));
        assertThat(keyResultRow(influx, db))
                .containsEntry("score", 0.3)
                .containsEntry("status", "off_track");
    }

    @Test
    void anObjectiveBackToNoScoreShowsNone(TestInflux influx) {
        String db = influx.createDatabase();
        Objective onboarding = okrs.objective("onboarding").orElseThrow();
        write(
                influx,
                db,
                output.objective(
                        onboarding,
                        new ObjectiveScore(OptionalDouble.of(0.8), 2, 2, 2, 0, 0, Grade.GREEN),
                        NOVEMBER_9.toEpochMilli()));
        write(
                influx,
                db,
                output.objective(
                        onboarding,
                        new ObjectiveScore(OptionalDouble.empty(), 2, 0, 0, 0, 0, null),
                        NOVEMBER_10.toEpochMilli()));

        String query =
                Provisioning.dashboard(Provisioning.OVERVIEW).queries().stream()
                        .filter(q -> q.panel().equals("Team objectives"))
                        .findFirst()
                        .orElseThrow()
                        .query();
        assertThat(influx.rows(db, overview.apply(query)))
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row)
                                        .containsEntry("objective", "onboarding")
                                        .containsEntry("score", null));
    }
}
