package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.metric.MetricPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** Objectives, parents and final grades in Flink's operator harness. */
class RollUpFunctionTest {

    private static final Duration LATENESS = Duration.ofHours(48);
    private static final long DAY = 86_400_000L;
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    private static final String OKRS =
            """
            period: {start: 2026-11-02, end: 2026-11-08}
            timezone: UTC
            objectives:
              - id: company
                title: Win
                team: company
                owner: ceo@example.com
                key_results:
                  - id: revenue
                    title: Revenue
                    metric: {type: sum, events: [Order Completed], property: revenue, window: period}
                    baseline: 0
                    target: 100
                  - id: orders
                    title: Orders
                    metric: {type: count, events: [Order Completed], window: period}
                    baseline: 0
                    target: 10
              - id: growth
                title: Grow
                team: growth
                owner: pm@example.com
                parent: company
                key_results:
                  - id: buyers
                    title: Buyers
                    metric: {type: active_users, events: [Order Completed], window: period}
                    baseline: 0
                    target: 4
                    weight: 3
                  - id: signups
                    title: Sign-ups
                    metric: {type: count, events: [Signed Up], window: period}
                    baseline: 0
                    target: 10
            """;

    private static ScoredKeyResult scored(int kr, long instant, double score, String grade) {
        ScoredKeyResult s = new ScoredKeyResult();
        s.keyResult = kr;
        s.instant = instant;
        s.score = score;
        s.grade = grade;
        s.status = Double.isNaN(score) ? "no_data" : "on_track";
        return s;
    }

    private static KeyedOneInputStreamOperatorTestHarness<Integer, ScoredKeyResult, InfluxPoint>
            harness(MetricPlan plan) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new RollUpFunction(plan, new OutputPoints(plan, 60_000), LATENESS),
                s -> 0,
                Types.INT);
    }

    private static MetricPlan plan() throws Exception {
        return MetricPlan.compile(PipelineRun.okrs(OKRS), Optional.empty());
    }

    private static InfluxPoint objective(List<InfluxPoint> points, String id) {
        return points.stream()
                .filter(p -> p.measurement().equals("okr_objective"))
                .filter(p -> p.tags().get("objective").equals(id))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void rollsKeyResultsUpIntoObjectivesAndParents() throws Exception {
        MetricPlan plan = plan();
        long day1 = START.toEpochMilli() + DAY;
        try (var harness = harness(plan)) {
            harness.processElement(scored(0, day1, 0.5, "yellow"), day1);
            harness.processElement(scored(1, day1, 1.0, "green"), day1);
            harness.processElement(scored(2, day1, 0.2, "red"), day1);
            harness.processElement(scored(3, day1, Double.NaN, null), day1);
            harness.processWatermark(new Watermark(day1));

            List<InfluxPoint> points = harness.extractOutputValues();
            // growth: only buyers has a value: 0.2, and 1 of 2 key results measured.
            assertThat(objective(points, "growth").fields())
                    .containsEntry("score", 0.2)
                    .containsEntry("krs", 2L)
                    .containsEntry("krs_with_value", 1L)
                    .containsEntry("red", 1L);
            assertThat(objective(points, "growth").tags()).containsEntry("parent", "company");
            // company: its own 0.5 and 1.0 and its child's 0.2, each once: 1.7 / 3.
            assertThat((Double) objective(points, "company").fields().get("score"))
                    .isCloseTo(1.7 / 3, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(objective(points, "company").tags()).doesNotContainKey("parent");
        }
    }

    @Test
    void writesFinalGradesOnceAndNeverAgain() throws Exception {
        MetricPlan plan = plan();
        long end = plan.periodEnd();
        try (var harness = harness(plan)) {
            for (int kr = 0; kr < 4; kr++) {
                harness.processElement(scored(kr, end, 0.8, "green"), end);
            }
            harness.processWatermark(new Watermark(end + LATENESS.toMillis()));
            List<InfluxPoint> finals =
                    harness.extractOutputValues().stream()
                            .filter(p -> p.measurement().equals("okr_grade"))
                            .filter(p -> Boolean.TRUE.equals(p.fields().get("final")))
                            .toList();
            assertThat(finals).as("4 key results and 2 objectives").hasSize(6);
            assertThat(finals)
                    .allSatisfy(p -> assertThat(p.timestampNanos()).isEqualTo(end * 1_000_000));

            harness.getOutput().clear();
            harness.processElement(scored(0, end, 0.1, "red"), end);
            harness.processWatermark(new Watermark(end + LATENESS.toMillis() + DAY));
            assertThat(harness.extractOutputValues()).as("a late score changes nothing").isEmpty();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }
}
