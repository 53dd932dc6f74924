package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.okrfile.OkrFileLoader;
import java.util.Optional;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * A savepoint restores into a job of the same OKR files, or of files whose targets and titles
 * changed, and is refused when the key results or their metrics changed: the state would be read as
 * another key result's.
 */
class PlanLayoutCheckTest {

    private static final String HEAD =
            """
            period: {start: 2026-11-02, end: 2026-11-08}
            timezone: Europe/Berlin
            objectives:
              - id: growth
                title: Grow
                team: growth
                owner: pm@example.com
                key_results:
            """;

    private static final String BUYERS =
            """
                  - id: buyers
                    title: Daily buyers
                    metric: {type: active_users, events: [Order Completed, Trial Started], window: day}
                    baseline: 1
                    target: 5
            """;

    private static final String RETENTION =
            """
                  - id: d1
                    title: Day 1 retention
                    metric: {type: retention, cohort_event: Signed Up, day: 1, cohorts: 2}
                    baseline: 0.2
                    target: 0.4
            """;

    private static MetricPlan plan(String keyResults) throws Exception {
        return MetricPlan.compile(
                OkrFileLoader.loadText("okrs.yaml", HEAD + keyResults), Optional.empty());
    }

    private static OperatorSubtaskState savedBy(MetricPlan plan) throws Exception {
        try (var harness = harness(plan)) {
            harness.open();
            return harness.snapshot(1, 1);
        }
    }

    private static OneInputStreamOperatorTestHarness<SegmentEvent, Contribution> harness(
            MetricPlan plan) throws Exception {
        return new OneInputStreamOperatorTestHarness<>(
                new ProcessOperator<>(new MatchFunction(plan)));
    }

    private static void restore(OperatorSubtaskState state, MetricPlan plan) throws Exception {
        try (var harness = harness(plan)) {
            harness.initializeState(state);
            harness.open();
        }
    }

    @Test
    void stateRestoresIntoTheSameKeyResultsWithOtherTargetsAndTitles() throws Exception {
        OperatorSubtaskState saved = savedBy(plan(BUYERS + RETENTION));
        MetricPlan retargeted =
                plan(
                        BUYERS.replace("target: 5", "target: 8")
                                + RETENTION.replace("Day 1 retention", "Next-day retention"));

        assertThatCode(() -> restore(saved, retargeted)).doesNotThrowAnyException();
    }

    @Test
    void stateIsRefusedWithoutRestartsWhenAKeyResultWasAddedBeforeAnother() throws Exception {
        OperatorSubtaskState saved = savedBy(plan(BUYERS));

        assertThatThrownBy(() -> restore(saved, plan(RETENTION + BUYERS)))
                .isInstanceOf(SuppressRestartsException.class)
                .rootCause()
                .hasMessageContaining("key results or metrics changed")
                .hasMessageContaining("start the job without the savepoint");
    }

    @Test
    void stateIsRefusedWhenAMetricChanged() throws Exception {
        OperatorSubtaskState saved = savedBy(plan(BUYERS));

        assertThatThrownBy(
                        () -> restore(saved, plan(BUYERS.replace("window: day", "window: week"))))
                .isInstanceOf(SuppressRestartsException.class);
    }

    @Test
    void theLayoutDoesNotDependOnTheOrderEventsAreListedIn() throws Exception {
        String reordered =
                BUYERS.replace("Order Completed, Trial Started", "Trial Started, Order Completed");

        assertThat(plan(reordered).layout()).isEqualTo(plan(BUYERS).layout());
        assertThat(plan(BUYERS).layout())
                .as("names both events in name order")
                .contains("[Order Completed, Trial Started]");
    }
}
