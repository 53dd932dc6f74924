package dev.okr.metric.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.metric.WindowGrid;
import dev.okr.metric.ZonedCalendar;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.RetentionMode;
import dev.okr.okrfile.metric.Statistic;
import dev.okr.okrfile.metric.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-key trackers: what one identity's events add to a key result, and take back. */
class TrackersTest {

    private static final ZonedCalendar UTC = new ZonedCalendar(ZoneOffset.UTC);
    private static final Instant MON = Instant.parse("2026-11-02T00:00:00Z");
    private static final long MON_DAY = UTC.dayNumber(MON.toEpochMilli());
    private static final long PERIOD_START = MON.toEpochMilli();
    private static final long PERIOD_END = MON.plus(Duration.ofDays(28)).toEpochMilli();

    private static long at(int day, int hour) {
        return MON.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)).toEpochMilli();
    }

    private static WindowGrid grid(Window window) {
        return new WindowGrid(window, UTC, PERIOD_START, PERIOD_END);
    }

    private final Emitted out = new Emitted();

    @Test
    void anIdentityCountsOnceADayOnItsFirstEvent() {
        long[] s = new long[0];
        s = ActivityTracker.onActivity(s, at(0, 9), grid(Window.DAY), out);
        s = ActivityTracker.onActivity(s, at(0, 17), grid(Window.DAY), out);
        s = ActivityTracker.onActivity(s, at(1, 8), grid(Window.DAY), out);
        assertThat(out.drain())
                .containsExactly("FIRST " + at(0, 0) + " +1", "FIRST " + at(1, 0) + " +1");
    }

    @Test
    void aLateEarlierEventMovesTheFirstActivityOfTheWeek() {
        long[] s = new long[0];
        s = ActivityTracker.onActivity(s, at(3, 9), grid(Window.WEEK), out);
        s = ActivityTracker.onActivity(s, at(4, 9), grid(Window.WEEK), out);
        s = ActivityTracker.onActivity(s, at(1, 9), grid(Window.WEEK), out);
        assertThat(out.drain())
                .containsExactly(
                        "FIRST " + at(3, 0) + " +1",
                        "FIRST " + at(3, 0) + " -1",
                        "FIRST " + at(1, 0) + " +1");
        assertThat(s).containsExactly(at(1, 0));
    }

    @Test
    void anActiveDayCoversEachTrailingSpanItIsInOnce() {
        long[] s = new long[0];
        s = ActivityTracker.onActivity(s, at(0, 9), grid(Window.TRAILING_7D), out);
        assertThat(out.drain()).containsExactly("SPAN " + MON_DAY + " @" + (MON_DAY + 6) + " +1");
        // Two days later: only the two span ends not covered yet.
        s = ActivityTracker.onActivity(s, at(2, 9), grid(Window.TRAILING_7D), out);
        assertThat(out.drain())
                .containsExactly("SPAN " + (MON_DAY + 7) + " @" + (MON_DAY + 8) + " +1");
        // The same day again covers nothing new.
        s = ActivityTracker.onActivity(s, at(2, 15), grid(Window.TRAILING_7D), out);
        assertThat(out.drain()).isEmpty();
        assertThat(s).containsExactly(MON_DAY, MON_DAY + 2);
    }

    @Test
    void aLateActiveDayCoversOnlyTheGapBetweenItsNeighbours() {
        long[] s = new long[0];
        s = ActivityTracker.onActivity(s, at(0, 9), grid(Window.TRAILING_7D), out);
        s = ActivityTracker.onActivity(s, at(10, 9), grid(Window.TRAILING_7D), out);
        out.drain();
        // Day 5 is in spans ending on days 5 to 11; day 0's cover up to 6, day 10's from 10 on.
        s = ActivityTracker.onActivity(s, at(5, 9), grid(Window.TRAILING_7D), out);
        assertThat(out.drain())
                .containsExactly("SPAN " + (MON_DAY + 7) + " @" + (MON_DAY + 9) + " +1");
        // Day 3, between days 0 and 5, covers no span end that they do not.
        s = ActivityTracker.onActivity(s, at(3, 9), grid(Window.TRAILING_7D), out);
        assertThat(out.drain()).isEmpty();
        assertThat(s).containsExactly(MON_DAY, MON_DAY + 3, MON_DAY + 5, MON_DAY + 10);
    }

    @Test
    void theFirstActivityOfThePeriodCountsAndActivityBeforeItDoesNot() {
        long[] s = new long[0];
        s = ActivityTracker.onActivity(s, PERIOD_START - 3_600_000, grid(Window.PERIOD), out);
        s = ActivityTracker.onActivity(s, at(2, 9), grid(Window.PERIOD), out);
        s = ActivityTracker.onActivity(s, at(5, 9), grid(Window.PERIOD), out);
        assertThat(out.drain()).containsExactly("FIRST " + at(2, 0) + " +1");
    }

    private static RetentionMetric d7(RetentionMode mode) {
        return new RetentionMetric("Signed Up", List.of(), Set.of(), 7, mode, 7);
    }

    @Test
    void aMemberReturningOnDaySevenIsRetained() {
        RetentionState s = new RetentionState();
        RetentionTracker.onCohortEvent(s, at(0, 9), true, d7(RetentionMode.ON_DAY), UTC, out);
        RetentionTracker.onReturnEvent(s, at(3, 9), d7(RetentionMode.ON_DAY), UTC, out);
        RetentionTracker.onReturnEvent(s, at(7, 9), d7(RetentionMode.ON_DAY), UTC, out);
        assertThat(out.drain())
                .containsExactly(
                        "COHORT " + MON_DAY + " +1",
                        "RETAINED " + MON_DAY + " @" + (MON_DAY + 7) + " +1");
    }

    @Test
    void aLateEarlierCohortEventMovesTheMemberToItsCohort() {
        RetentionState s = new RetentionState();
        RetentionMetric metric = d7(RetentionMode.ON_DAY);
        RetentionTracker.onReturnEvent(s, at(8, 9), metric, UTC, out);
        RetentionTracker.onCohortEvent(s, at(2, 9), true, metric, UTC, out);
        RetentionTracker.onCohortEvent(s, at(1, 9), true, metric, UTC, out);
        assertThat(out.drain())
                .containsExactly(
                        "COHORT " + (MON_DAY + 2) + " +1",
                        "COHORT " + (MON_DAY + 2) + " -1",
                        "COHORT " + (MON_DAY + 1) + " +1",
                        "RETAINED " + (MON_DAY + 1) + " @" + (MON_DAY + 8) + " +1");
    }

    @Test
    void onlyTheFirstCohortEventDecidesWhetherTheIdentityIsInACohort() {
        RetentionState s = new RetentionState();
        RetentionMetric metric = d7(RetentionMode.ON_DAY);
        RetentionTracker.onCohortEvent(s, at(2, 9), true, metric, UTC, out);
        // A late, earlier cohort event that fails the metric's where: the identity leaves.
        RetentionTracker.onCohortEvent(s, at(1, 9), false, metric, UTC, out);
        RetentionTracker.onReturnEvent(s, at(8, 9), metric, UTC, out);
        assertThat(out.drain())
                .containsExactly(
                        "COHORT " + (MON_DAY + 2) + " +1", "COHORT " + (MON_DAY + 2) + " -1");
    }

    @Test
    void aConversionExactlyWithinLaterDoesNotCount() {
        long within = Duration.ofDays(1).toMillis();
        FunnelState s = new FunnelState();
        ConversionTracker.onFrom(s, at(0, 9), true, within, UTC, out);
        ConversionTracker.onTo(s, at(1, 9), within, UTC, out);
        assertThat(out.drain()).containsExactly("ENTRANT " + MON_DAY + " @" + at(0, 9) + " +1");
    }

    @Test
    void onOrAfterRetainsFromTheFirstReturnAtOrAfterTheDueDay() {
        RetentionState s = new RetentionState();
        RetentionMetric metric = d7(RetentionMode.ON_OR_AFTER);
        RetentionTracker.onCohortEvent(s, at(0, 9), true, metric, UTC, out);
        RetentionTracker.onReturnEvent(s, at(10, 9), metric, UTC, out);
        RetentionTracker.onReturnEvent(s, at(9, 9), metric, UTC, out);
        RetentionTracker.onReturnEvent(s, at(12, 9), metric, UTC, out);
        assertThat(out.drain())
                .containsExactly(
                        "COHORT " + MON_DAY + " +1",
                        "RETAINED " + MON_DAY + " @" + (MON_DAY + 10) + " +1",
                        "RETAINED " + MON_DAY + " @" + (MON_DAY + 10) + " -1",
                        "RETAINED " + MON_DAY + " @" + (MON_DAY + 9) + " +1");
    }

    @Test
    void anEntrantConvertsOnlyWithinItsWindow() {
        long within = Duration.ofDays(2).toMillis();
        FunnelState converts = new FunnelState();
        ConversionTracker.onFrom(converts, at(0, 9), true, within, UTC, out);
        ConversionTracker.onTo(converts, at(2, 8), within, UTC, out);
        assertThat(out.drain())
                .containsExactly(
                        "ENTRANT " + MON_DAY + " @" + at(0, 9) + " +1",
                        "CONVERTED " + MON_DAY + " @" + at(0, 9) + " +1");

        FunnelState tooLate = new FunnelState();
        ConversionTracker.onFrom(tooLate, at(0, 9), true, within, UTC, out);
        ConversionTracker.onTo(tooLate, at(2, 10), within, UTC, out);
        assertThat(out.drain()).containsExactly("ENTRANT " + MON_DAY + " @" + at(0, 9) + " +1");
    }

    @Test
    void aLateEarlierFromEventMovesTheEntry() {
        long within = Duration.ofDays(1).toMillis();
        FunnelState s = new FunnelState();
        ConversionTracker.onFrom(s, at(3, 9), true, within, UTC, out);
        ConversionTracker.onTo(s, at(3, 10), within, UTC, out);
        ConversionTracker.onFrom(s, at(1, 9), true, within, UTC, out);
        assertThat(out.drain())
                .containsExactly(
                        "ENTRANT " + (MON_DAY + 3) + " @" + at(3, 9) + " +1",
                        "CONVERTED " + (MON_DAY + 3) + " @" + at(3, 9) + " +1",
                        "ENTRANT " + (MON_DAY + 3) + " @" + at(3, 9) + " -1",
                        "CONVERTED " + (MON_DAY + 3) + " @" + at(3, 9) + " -1",
                        "ENTRANT " + (MON_DAY + 1) + " @" + at(1, 9) + " +1");
    }

    private static final DurationMetric AHA =
            new DurationMetric(
                    "Signed Up",
                    "Project Created",
                    "user",
                    List.of(),
                    Statistic.mean(),
                    ChronoUnit.MINUTES,
                    Window.DAY);

    @Test
    void aDurationIsOneSampleFromTheFirstFromToTheFirstToAfterIt() {
        FunnelState s = new FunnelState();
        DurationTracker.onTo(s, at(0, 8), AHA, grid(Window.DAY), out); // before any from: no sample
        DurationTracker.onFrom(s, at(0, 9), true, AHA, grid(Window.DAY), out);
        DurationTracker.onTo(s, at(0, 10), AHA, grid(Window.DAY), out);
        DurationTracker.onTo(s, at(1, 10), AHA, grid(Window.DAY), out); // a second "to": ignored
        assertThat(out.drain()).containsExactly("DURATION " + at(0, 0) + " +1 =60.0");
    }

    @Test
    void aLateEarlierFromEventReplacesTheSample() {
        FunnelState s = new FunnelState();
        DurationTracker.onFrom(s, at(0, 9), true, AHA, grid(Window.DAY), out);
        DurationTracker.onTo(s, at(0, 10), AHA, grid(Window.DAY), out);
        DurationTracker.onFrom(s, at(0, 7), true, AHA, grid(Window.DAY), out);
        assertThat(out.drain())
                .containsExactly(
                        "DURATION " + at(0, 0) + " +1 =60.0",
                        "DURATION " + at(0, 0) + " -1 =60.0",
                        "DURATION " + at(0, 0) + " +1 =180.0");
    }
}
