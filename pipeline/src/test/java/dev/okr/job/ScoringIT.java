package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.cli.OkrCliRunner;
import dev.okr.metric.reference.RandomEventStream;
import dev.okr.metric.reference.RandomEventStreams;
import dev.okr.metric.reference.ReferenceMetricEngine;
import dev.okr.metric.reference.TimedRecord;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.Statistic;
import dev.okr.scoring.ObjectiveScore;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: random events into the real broker, {@code okr run --as-of} on the MiniCluster, then
 * the last point of every key result and objective in the real influxd equals what the reference
 * implementation's readings and the scoring functions give for the same events.
 */
@ExtendWith(LocalServersExtension.class)
class ScoringIT {

    @Test
    void theLastPointsInInfluxAreTheReferenceReadingsScored(
            TestKafka kafka, TestInflux influx, @TempDir Path dir) throws Exception {
        RandomEventStream stream = RandomEventStreams.generate(21);
        Instant asOf = RandomEventStreams.end();
        OkrSet okrs = RandomEventStreams.okrs();
        Path okrFile = dir.resolve("okrs.yaml");
        try (InputStream in = getClass().getResourceAsStream(RandomEventStreams.OKR_RESOURCE)) {
            Files.copy(in, okrFile);
        }
        String topic = kafka.createEventTopic(1);
        kafka.deleteAfterTest(topic + ".dlq");
        kafka.sendTimed(
                topic,
                stream.records().stream().map(TimedRecord::value).toList(),
                stream.records().stream().map(TimedRecord::kafkaTimestampMillis).toList());
        String db = influx.createDatabase();

        OkrCliRunner.Result run =
                OkrCliRunner.run(
                        "run",
                        "--okrs",
                        okrFile.toString(),
                        "--kafka-bootstrap",
                        kafka.bootstrapServers(),
                        "--topic",
                        topic,
                        "--influx-url",
                        influx.url(),
                        "--influx-db",
                        db,
                        "--as-of",
                        asOf.toString(),
                        "--parallelism",
                        "2");
        assertThat(run.exitCode()).as(run.err()).isZero();

        ReferenceScores reference =
                new ReferenceScores(okrs, new ReferenceMetricEngine(okrs, stream.records(), asOf));
        Map<String, ReferenceScores.Expected> expected = reference.keyResults();
        Map<String, Map<String, Object>> lastKr =
                last(
                        influx.rows(
                                db,
                                "SELECT * FROM okr_kr GROUP BY \"kr\" ORDER BY time DESC LIMIT 1"),
                        "kr");
        assertThat(lastKr.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (KeyResult kr : okrs.keyResults()) {
            ReferenceScores.Expected e = expected.get(kr.id());
            Map<String, Object> point = lastKr.get(kr.id());
            // A sketched value is within 1% of the exact one; a score moves by that over the
            // distance from baseline to target.
            boolean sketched = sketched(kr.metric());
            double tolerance = sketched ? 0.011 : 1e-9;
            double scoreTolerance =
                    sketched && e.score().value().isPresent() && !Double.isNaN(e.target())
                            ? 0.011
                                    * Math.abs(e.score().value().getAsDouble())
                                    / Math.abs(e.target() - e.baseline())
                            : 1e-9;
            String why = kr.id() + " " + point;
            assertThat(time(point)).as(why).isEqualTo(e.at().toEpochMilli() * 1_000_000);
            assertThat(point.get("status")).as(why).isEqualTo(e.score().status().wireName());
            assertNumber(point, "value", e.score().value(), tolerance, why);
            assertAbsolute(point, "score", e.score().score(), scoreTolerance, why);
            assertAbsolute(point, "progress", e.score().progress(), scoreTolerance, why);
            if (sketched) {
                assertThat(point.get("forecast") != null)
                        .as(why)
                        .isEqualTo(e.score().forecast().isPresent());
            } else {
                assertNumber(point, "forecast", e.score().forecast(), tolerance, why);
            }
            assertThat(((Number) point.get("expected")).doubleValue())
                    .as(why)
                    .isCloseTo(e.score().expected(), within(1e-9));
            assertThat(point.get("sandbagging")).as(why).isEqualTo(e.score().sandbagging());
        }

        Map<String, ObjectiveScore> objectives = reference.objectives(expected);
        Map<String, Map<String, Object>> lastObjective =
                last(
                        influx.rows(
                                db,
                                "SELECT * FROM okr_objective GROUP BY \"objective\" ORDER BY time DESC LIMIT 1"),
                        "objective");
        assertThat(lastObjective.keySet()).containsExactlyInAnyOrderElementsOf(objectives.keySet());
        objectives.forEach(
                (id, score) -> {
                    Map<String, Object> point = lastObjective.get(id);
                    assertNumber(point, "score", score.score(), 0.02, id + " " + point);
                    assertThat(point)
                            .as(id)
                            .containsEntry("krs", (long) score.krs())
                            .containsEntry("krs_with_value", (long) score.krsWithValue());
                });
    }

    private static Map<String, Map<String, Object>> last(
            List<Map<String, Object>> rows, String tag) {
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get(tag), r -> r));
    }

    private static long time(Map<String, Object> point) {
        return ((Number) point.get("time")).longValue();
    }

    private static void assertNumber(
            Map<String, Object> point,
            String field,
            java.util.OptionalDouble expected,
            double tolerance,
            String why) {
        Object actual = point.get(field);
        if (expected.isEmpty()) {
            assertThat(actual).as(field + " of " + why).isNull();
        } else {
            assertThat(actual).as(field + " of " + why).isNotNull();
            double e = expected.getAsDouble();
            assertThat(((Number) actual).doubleValue())
                    .as(field + " of " + why)
                    .isCloseTo(e, within(Math.max(tolerance * Math.abs(e), 1e-9)));
        }
    }

    private static void assertAbsolute(
            Map<String, Object> point,
            String field,
            java.util.OptionalDouble expected,
            double tolerance,
            String why) {
        Object actual = point.get(field);
        if (expected.isEmpty()) {
            assertThat(actual).as(field + " of " + why).isNull();
        } else {
            assertThat(actual).as(field + " of " + why).isNotNull();
            assertThat(((Number) actual).doubleValue())
                    .as(field + " of " + why)
                    .isCloseTo(expected.getAsDouble(), within(tolerance));
        }
    }

    /** Whether a metric's value comes from a quantile sketch, within 1% of the exact one. */
    private static boolean sketched(Metric metric) {
        if (metric instanceof RatioMetric ratio) {
            return sketched(ratio.numerator()) || sketched(ratio.denominator());
        }
        return metric instanceof PercentileMetric
                || (metric instanceof DurationMetric d
                        && d.statistic().kind() != Statistic.Kind.MEAN);
    }
}
