package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.metric.MetricPlan;
import dev.okr.metric.Reading;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** Scoring readings in Flink's operator harness: auto baselines and the newest reading. */
class ScoringFunctionTest {

    private static final long DAY = 86_400_000L;
    private static final long START = Instant.parse("2026-11-02T00:00:00Z").toEpochMilli();

    private static final String OKRS =
            """
            period: {start: 2026-11-02, end: 2026-11-08}
            timezone: UTC
            objectives:
              - id: growth
                title: Grow
                team: growth
                owner: pm@example.com
                key_results:
                  - id: orders
                    title: Orders a day, up 50%
                    metric: {type: count, events: [Order Completed], window: day}
                    baseline: auto
                    target: "+50%"
                  - id: signups
                    title: Sign-ups a day
                    metric: {type: count, events: [Signed Up], window: day}
                    baseline: 0
                    target: 10
            """;

    private static Reading reading(long instant, double value) {
        Reading r = new Reading();
        r.keyResult = 0;
        r.instant = instant;
        r.value = value;
        return r;
    }

    @Test
    void scoresAgainstTheReadingAtThePeriodStartAndMarksLateReReadingsAsNotTheNewest()
            throws Exception {
        MetricPlan plan = MetricPlan.compile(PipelineRun.okrs(OKRS), Optional.empty());
        try (var harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new ScoringFunction(plan), (Reading r) -> r.keyResult, Types.INT)) {
            harness.processElement(reading(START, 4), START);
            harness.processElement(reading(START + 2 * DAY, 5), START + 2 * DAY);
            harness.processElement(reading(START + DAY, 6), START + DAY); // a late re-reading

            List<ScoredKeyResult> scored = harness.extractOutputValues();
            // auto baseline 4, target +50% = 6: 5 is halfway, 6 is the target.
            assertThat(scored).extracting(s -> s.baseline).containsOnly(4.0);
            assertThat(scored).extracting(s -> s.target).containsOnly(6.0);
            assertThat(scored).extracting(s -> s.score).containsExactly(0.0, 0.5, 1.0);
            assertThat(scored).extracting(s -> s.latest).containsExactly(true, true, false);
        }
    }
}
