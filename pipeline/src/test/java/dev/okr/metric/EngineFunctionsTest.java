package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.metric.internal.ActivityTracker;
import dev.okr.metric.internal.BufferedStringSerializer;
import dev.okr.metric.internal.RetentionState;
import dev.okr.okrfile.OkrFileLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/**
 * The engine's keyed functions in Flink's operator harness: readings at their instants, late
 * contributions read again, and state and timers back to zero once time has passed.
 */
class EngineFunctionsTest {

    private static final Duration LATENESS = Duration.ofHours(48);
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    private static final long DAY = 86_400_000L;

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
                  - id: buyers
                    title: Daily buyers
                    metric: {type: active_users, events: [Order Completed], window: day}
                    baseline: 1
                    target: 5
                  - id: d1
                    title: Day 1 retention
                    metric: {type: retention, cohort_event: Signed Up, day: 1, cohorts: 2}
                    baseline: 0.2
                    target: 0.4
            """;

    private static MetricPlan plan() throws Exception {
        return MetricPlan.compile(OkrFileLoader.loadText("okrs.yaml", OKRS), Optional.empty());
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> perKey(
            MetricPlan plan) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new PerKeyFunction(plan, LATENESS), s -> s.key, BufferedStringSerializer.KEYS);
    }

    /** Once the watermark reaches {@code watermark}, no state and no timer is left. */
    private static void assertNothingLeftAt(
            KeyedOneInputStreamOperatorTestHarness<?, ?, ?> harness, long watermark)
            throws Exception {
        harness.processWatermark(new Watermark(watermark));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        harness.close();
    }

    private static long at(int day, int hour) {
        return START.toEpochMilli() + day * DAY + hour * 3_600_000L;
    }

    @Test
    void perKeyStateAndTimersAreGoneOnceThePeriodIsSettled() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        int d1 = plan.keyResults().get(1).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness = perKey(plan);
        harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(0, 9)), at(0, 9));
        harness.processElement(new Signal(d1, Role.COHORT, "u1", at(0, 9)), at(0, 9));
        harness.processElement(new Signal(d1, Role.RETURN, "u1", at(1, 9)), at(1, 9));
        harness.processElement(new Signal(buyers, Role.EVENT, "u2", at(1, 9)), at(1, 9));

        assertThat(harness.extractOutputValues())
                .extracting(c -> c.kind)
                .containsExactly(
                        Contribution.FIRST_ACTIVITY,
                        Contribution.COHORT,
                        Contribution.RETAINED,
                        Contribution.FIRST_ACTIVITY);
        assertThat(harness.numKeyedStateEntries()).isPositive();

        // Cleanup timers fall on a weekly grid of event time (Thursdays 00:00 UTC): u1's day of
        // 2 November is settled at 5 November, a grid point; u2's of 3 November only at 6 November,
        // so it waits for the next point, which the period's end and lateness cap at 11 November.
        harness.processWatermark(new Watermark(at(3, 0) + LATENESS.toMillis()));
        assertThat(harness.numKeyedStateEntries())
                .as("u1's settled day of activity is forgotten; u1's cohort and u2's day stay")
                .isEqualTo(2);

        assertNothingLeftAt(harness, plan.periodEnd() + LATENESS.toMillis() + DAY);
    }

    @Test
    void aKeyActiveEveryDayHasACleanupTimerAWeekNotADay() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness = perKey(plan);
        for (int day = 0; day < 7; day++) {
            harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(day, 9)), at(day, 9));
            harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(day, 15)), at(day, 15));
        }
        assertThat(harness.extractOutputValues()).as("one first activity a day").hasSize(7);
        assertThat(harness.numEventTimeTimers())
                .as(
                        "5 November, the first grid point after the first day settles, and the period's"
                                + " end plus lateness")
                .isEqualTo(2);

        assertNothingLeftAt(harness, plan.periodEnd() + LATENESS.toMillis());
    }

    @Test
    void aKeyActiveForWeeksHasOneCleanupTimerMovedLater() throws Exception {
        MetricPlan plan =
                MetricPlan.compile(
                        OkrFileLoader.loadText(
                                "okrs.yaml",
                                OKRS.replace("end: 2026-11-08", "end: 2027-01-31")
                                        .replace("window: day", "window: trailing_28d")),
                        Optional.empty());
        int buyers = plan.keyResults().get(0).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness = perKey(plan);
        for (int day = 0; day < 35; day++) {
            harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(day, 9)), at(day, 9));
            harness.processWatermark(new Watermark(at(day, 10)));
        }
        assertThat(harness.numEventTimeTimers())
                .as("one cleanup timer, after the last day's 28 days and the lateness")
                .isEqualTo(1);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        harness.processWatermark(new Watermark(at(34 + 28, 0) + LATENESS.toMillis() - 1));
        assertThat(harness.numKeyedStateEntries()).as("the last day still counts").isEqualTo(1);
        harness.processWatermark(new Watermark(at(34 + 28 + 7, 0) + LATENESS.toMillis()));
        assertThat(harness.numKeyedStateEntries()).as("u1 went quiet and is forgotten").isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        harness.close();
    }

    @Test
    void anIdentityWithoutACohortIsForgottenOnceNoCohortCanCountItsReturns() throws Exception {
        MetricPlan plan = plan();
        int d1 = plan.keyResults().get(1).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness = perKey(plan);
        // A visitor seen once: its activity is a return for retention, but it never signs up.
        harness.processElement(new Signal(d1, Role.RETURN, "v1", at(0, 9)), at(0, 9));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        // Monday's return could count only for a cohort of Sunday, which no event can join once
        // Monday is settled: the first cleanup point after that forgets v1.
        harness.processWatermark(new Watermark(at(3, 0) + LATENESS.toMillis()));
        assertThat(harness.numKeyedStateEntries()).as("v1's retention state").isZero();
        assertThat(harness.numEventTimeTimers()).as("no timer waits for the period's end").isZero();
        assertThat(harness.extractOutputValues()).isEmpty();
        harness.close();
    }

    @Test
    void anIdentityThatReturnsBeforeItJoinsACohortIsKeptForThePeriod() throws Exception {
        MetricPlan plan = plan();
        int d1 = plan.keyResults().get(1).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness = perKey(plan);
        // v2 visits, then signs up the next day and comes back the day after.
        harness.processElement(new Signal(d1, Role.RETURN, "v2", at(0, 9)), at(0, 9));
        harness.processElement(new Signal(d1, Role.COHORT, "v2", at(1, 9)), at(1, 9));
        harness.processElement(new Signal(d1, Role.RETURN, "v2", at(2, 9)), at(2, 9));
        // v3 visits on Monday and on Friday, before the watermark passes Monday.
        harness.processElement(new Signal(d1, Role.RETURN, "v3", at(0, 9)), at(0, 9));
        harness.processElement(new Signal(d1, Role.RETURN, "v3", at(4, 9)), at(4, 9));

        harness.processWatermark(new Watermark(at(3, 0) + LATENESS.toMillis()));
        assertThat(harness.numKeyedStateEntries())
                .as("v2's cohort holds for the period; v3's Friday could still count")
                .isEqualTo(2);
        assertThat(harness.numEventTimeTimers())
                .as("v2's at the period's end, v3's again for Friday")
                .isEqualTo(2);

        // v4, forgotten after its first visit, signs up later and counts like anyone else.
        harness.processElement(new Signal(d1, Role.RETURN, "v4", at(0, 9)), at(0, 9));
        harness.processWatermark(new Watermark(at(3, 0) + LATENESS.toMillis() + 1));
        harness.processElement(new Signal(d1, Role.COHORT, "v4", at(4, 9)), at(4, 9));
        harness.processElement(new Signal(d1, Role.RETURN, "v4", at(5, 9)), at(5, 9));

        assertThat(harness.extractOutputValues())
                .extracting(c -> c.kind)
                .containsExactly(
                        Contribution.COHORT,
                        Contribution.RETAINED,
                        Contribution.COHORT,
                        Contribution.RETAINED);
        assertNothingLeftAt(harness, plan.periodEnd() + LATENESS.toMillis());
    }

    @Test
    void keyResultsAreReadAtEachDayEndAndAgainAfterALateContribution() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<Integer, Contribution, Reading> harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new KeyResultFunction(plan, LATENESS, Duration.ZERO),
                        c -> c.keyResult,
                        Types.INT);
        harness.processElement(
                new Contribution(
                        0, buyers, Contribution.FIRST_ACTIVITY, at(0, 0), 0, 1, Double.NaN),
                at(0, 9));
        harness.processWatermark(new Watermark(at(2, 0)));
        List<Reading> first = harness.extractOutputValues();
        assertThat(first).extracting(r -> r.instant).containsExactly(at(0, 0), at(1, 0), at(2, 0));
        assertThat(first.get(1).value).as("Monday had one buyer").isEqualTo(1.0);
        assertThat(first.get(2).value).as("nobody bought on Tuesday").isNaN();

        // A late buyer on Monday: the readings at Tuesday's and Wednesday's start are taken again.
        harness.getOutput().clear();
        harness.processElement(
                new Contribution(
                        0, buyers, Contribution.FIRST_ACTIVITY, at(0, 0), 0, 1, Double.NaN),
                at(0, 20));
        harness.processWatermark(new Watermark(at(2, 0) + 1));
        assertThat(harness.extractOutputValues())
                .extracting(r -> r.instant, r -> r.value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at(1, 0), 2.0),
                        org.assertj.core.groups.Tuple.tuple(at(2, 0), Double.NaN));

        assertNothingLeftAt(harness, plan.periodEnd() + LATENESS.toMillis());
    }

    @Test
    void activityKeptAsAMapOfPartsByAnEarlierVersionIsTakenOver() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        long[] activeOnMonday = boughtOnMonday(plan);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness =
                restoredFrom(
                        new EarlierActivityLayout(buyers, activeOnMonday),
                        new Signal(buyers, Role.EVENT, "u1", at(0, 9)),
                        plan);
        harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(0, 15)), at(0, 15));
        harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(1, 9)), at(1, 9));

        assertThat(harness.extractOutputValues())
                .extracting(c -> c.kind)
                .as("Monday's activity came over, so only Tuesday is a first activity")
                .containsExactly(Contribution.FIRST_ACTIVITY);
        assertThat(harness.extractOutputValues().get(0).bucket).isGreaterThan(activeOnMonday[0]);
        assertThat(harness.numKeyedStateEntries())
                .as("one value for u1; the map of parts is gone")
                .isEqualTo(1);
        harness.close();
    }

    @Test
    void stateKeptPerFamilyByAnEarlierVersionIsTakenOver() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        int d1 = plan.keyResults().get(1).parts().get(0);
        long[] activeOnMonday = boughtOnMonday(plan);
        RetentionState joinedOnMonday = new RetentionState();
        joinedOnMonday.cohortTime = at(0, 9);
        joinedOnMonday.cohortPasses = true;
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness =
                restoredFrom(
                        new EarlierPerFamilyLayout(
                                d1,
                                activeOnMonday,
                                joinedOnMonday,
                                plan.periodEnd() + LATENESS.toMillis()),
                        new Signal(buyers, Role.EVENT, "u1", at(0, 9)),
                        plan);
        harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(0, 15)), at(0, 15));
        harness.processElement(new Signal(d1, Role.RETURN, "u1", at(1, 9)), at(1, 9));

        assertThat(harness.extractOutputValues())
                .extracting(c -> c.kind)
                .as("Monday's activity and cohort came over: no first activity, one return")
                .containsExactly(Contribution.RETAINED);
        assertThat(harness.numKeyedStateEntries())
                .as("one value for u1; the states per family are gone")
                .isEqualTo(1);
        assertNothingLeftAt(harness, plan.periodEnd() + LATENESS.toMillis());
    }

    @Test
    void aCheckpointKeyedByFlinksStringSerializerIsRestored() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        // Keyed by Types.STRING, as the stage was before it wrote keys through a buffer.
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness =
                restoredFrom(
                        new PerKeyFunction(plan, LATENESS),
                        new Signal(buyers, Role.EVENT, "u1", at(0, 9)),
                        plan);
        assertThat(harness.numEventTimeTimers()).as("u1's cleanup timer came over").isPositive();
        harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(0, 15)), at(0, 15));
        assertThat(harness.extractOutputValues())
                .as("u1's Monday came over: a second purchase that day is no first activity")
                .isEmpty();
        assertNothingLeftAt(harness, plan.periodEnd() + LATENESS.toMillis());
    }

    @Test
    void aKeyKeepsAllItsPartsInOneValue() throws Exception {
        MetricPlan plan = plan();
        int buyers = plan.keyResults().get(0).parts().get(0);
        int d1 = plan.keyResults().get(1).parts().get(0);
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness = perKey(plan);
        harness.processElement(new Signal(buyers, Role.EVENT, "u1", at(0, 9)), at(0, 9));
        harness.processElement(new Signal(d1, Role.COHORT, "u1", at(0, 9)), at(0, 9));
        assertThat(harness.numKeyedStateEntries())
                .as("u1's activity and cohort, one state entry")
                .isEqualTo(1);
        harness.close();
    }

    /** The buyers part's activity of a key that bought on Monday at 9. */
    private static long[] boughtOnMonday(MetricPlan plan) {
        WindowGrid grid = KeyResultReader.gridOf(plan.keyResults().get(0), plan);
        return ActivityTracker.onActivity(new long[0], at(0, 9), grid, (k, b, s, c, v) -> {});
    }

    /**
     * A per-key stage restored from the checkpoint of {@code earlier} after it saw {@code signal}:
     * the state an earlier version of the stage left.
     */
    private static KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution>
            restoredFrom(
                    KeyedProcessFunction<String, Signal, Contribution> earlier,
                    Signal signal,
                    MetricPlan plan)
                    throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> before =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        earlier, s -> s.key, Types.STRING);
        before.processElement(signal, signal.time);
        assertThat(before.numKeyedStateEntries()).as("the earlier version's state").isPositive();
        OperatorSubtaskState checkpoint = before.snapshot(1, 1);
        before.close();

        KeyedOneInputStreamOperatorTestHarness<String, Signal, Contribution> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new PerKeyFunction(plan, LATENESS)),
                        s -> s.key,
                        BufferedStringSerializer.KEYS);
        harness.setup();
        harness.initializeState(checkpoint);
        harness.open();
        return harness;
    }

    /** Writes a key's state as PerKeyFunction did before {@link KeyState}: a state per family. */
    private static final class EarlierPerFamilyLayout
            extends KeyedProcessFunction<String, Signal, Contribution> {
        private final int retentionPart;
        private final long[] activity;
        private final RetentionState retention;
        private final long cleanup;

        EarlierPerFamilyLayout(
                int retentionPart, long[] activity, RetentionState retention, long cleanup) {
            this.retentionPart = retentionPart;
            this.activity = activity;
            this.retention = retention;
            this.cleanup = cleanup;
        }

        @Override
        public void processElement(Signal s, Context ctx, Collector<Contribution> out)
                throws Exception {
            getRuntimeContext()
                    .getState(
                            new ValueStateDescriptor<>(
                                    "activity-by-part",
                                    ObjectArrayTypeInfo.getInfoFor(
                                            long[][].class,
                                            PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO)))
                    .update(new long[][] {activity});
            getRuntimeContext()
                    .getMapState(
                            new MapStateDescriptor<>(
                                    "retention",
                                    Types.INT,
                                    TypeInformation.of(RetentionState.class)))
                    .put(retentionPart, retention);
            ctx.timerService().registerEventTimeTimer(cleanup);
        }
    }

    /** Writes a key's activity as PerKeyFunction did before it kept all parts in one array. */
    private static final class EarlierActivityLayout
            extends KeyedProcessFunction<String, Signal, Contribution> {
        private final int part;
        private final long[] activity;

        EarlierActivityLayout(int part, long[] activity) {
            this.part = part;
            this.activity = activity;
        }

        @Override
        public void processElement(Signal s, Context ctx, Collector<Contribution> out)
                throws Exception {
            getRuntimeContext()
                    .getMapState(
                            new MapStateDescriptor<>(
                                    "activity",
                                    Types.INT,
                                    PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO))
                    .put(part, activity);
        }
    }
}
