package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KeyResultScorerTest {

    private static final Instant Q4_START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant Q4_END = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant HALFWAY = Instant.parse("2026-11-16T00:00:00Z");
    private static final KeyResultScorer.Span QUARTER =
            new KeyResultScorer.Span(Q4_START, Q4_END, false);

    private static KeyResultScore increase(double value, Instant at) {
        return KeyResultScorer.towardsTarget(
                OptionalDouble.of(value), 0.15, 0.25, QUARTER, at, List.of(), false);
    }

    @Test
    void scoresAnIncreaseKeyResultByItsProgress() {
        KeyResultScore kr = increase(0.20, HALFWAY);
        assertThat(kr.score().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(kr.progress().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(kr.expected()).isCloseTo(0.5, within(1e-9));
        assertThat(kr.status()).isEqualTo(Status.ON_TRACK);
        assertThat(kr.grade()).isEqualTo(Grade.YELLOW);
    }

    @Test
    void aKeyResultWithoutAValueHasNoDataAndNoScore() {
        KeyResultScore kr =
                KeyResultScorer.towardsTarget(
                        OptionalDouble.empty(), 0.15, 0.25, QUARTER, HALFWAY, List.of(), false);
        assertThat(kr.status()).isEqualTo(Status.NO_DATA);
        assertThat(kr.value()).isEmpty();
        assertThat(kr.score()).isEmpty();
        assertThat(kr.grade()).isNull();
        assertThat(kr.hasValue()).isFalse();
        assertThat(kr.expected()).as("pace is known without data").isCloseTo(0.5, within(1e-9));
    }

    @Test
    void reachingTheTargetEarlyIsAchievedAndFlaggedAsSandbagging() {
        Instant firstWeek = Q4_START.plus(Duration.ofDays(7));
        KeyResultScore kr = increase(0.30, firstWeek);
        assertThat(kr.status()).isEqualTo(Status.ACHIEVED);
        assertThat(kr.sandbagging()).isTrue();
    }

    @Test
    void reachingTheTargetLateIsNotSandbagging() {
        assertThat(increase(0.30, HALFWAY).sandbagging()).isFalse();
    }

    @Test
    void sandbaggingStaysFlaggedOnceRaised() {
        KeyResultScore later =
                KeyResultScorer.towardsTarget(
                        OptionalDouble.of(0.2), 0.15, 0.25, QUARTER, HALFWAY, List.of(), true);
        assertThat(later.sandbagging()).isTrue();
    }

    @Test
    void aPassedDeadlineExpectsTheFullScore() {
        Instant deadlineEnd = Instant.parse("2026-11-16T00:00:00Z");
        KeyResultScorer.Span toDeadline = new KeyResultScorer.Span(Q4_START, deadlineEnd, false);
        KeyResultScore kr =
                KeyResultScorer.towardsTarget(
                        OptionalDouble.of(180),
                        0,
                        300,
                        toDeadline,
                        Instant.parse("2026-12-01T00:00:00Z"),
                        List.of(),
                        false);
        assertThat(kr.expected()).isEqualTo(1.0);
        assertThat(kr.status()).as("0.6 against 1.0 expected").isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aCommittedKeyResultBelowOneIsRed() {
        KeyResultScorer.Span committed = new KeyResultScorer.Span(Q4_START, Q4_END, true);
        KeyResultScore kr =
                KeyResultScorer.towardsTarget(
                        OptionalDouble.of(0.24), 0.15, 0.25, committed, HALFWAY, List.of(), false);
        assertThat(kr.score().getAsDouble()).isCloseTo(0.9, within(1e-9));
        assertThat(kr.grade()).isEqualTo(Grade.RED);
    }

    @Test
    void aMaintainKeyResultScoresTheShareOfWindowsInBand() {
        KeyResultScore kr =
                KeyResultScorer.maintain(
                        OptionalDouble.of(0.9995),
                        true,
                        27,
                        30,
                        QUARTER,
                        HALFWAY,
                        List.of(),
                        false);
        assertThat(kr.score().getAsDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(kr.progress()).as("no baseline or target to progress from").isEmpty();
        assertThat(kr.status()).isEqualTo(Status.ON_TRACK);
        assertThat(kr.grade()).isEqualTo(Grade.GREEN);
    }

    @Test
    void aMaintainKeyResultMissingItsThresholdNowIsOffTrack() {
        KeyResultScore kr =
                KeyResultScorer.maintain(
                        OptionalDouble.of(0.98), false, 29, 30, QUARTER, HALFWAY, List.of(), false);
        assertThat(kr.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(kr.score().getAsDouble()).isCloseTo(29.0 / 30, within(1e-12));
    }

    @Test
    void aMaintainKeyResultWithoutACompleteWindowHasNoData() {
        KeyResultScore kr =
                KeyResultScorer.maintain(
                        OptionalDouble.of(0.99), true, 0, 0, QUARTER, HALFWAY, List.of(), false);
        assertThat(kr.status()).isEqualTo(Status.NO_DATA);
        assertThat(kr.value()).isEmpty();
    }
}
