package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The single rules of SPEC §5: progress, grade, expected pace and status. */
class ScoringRulesTest {

    private static final Instant Q4_START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant Q4_END = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        assertThat(Progress.of(20, 15, 25)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void progressOfAValueBeyondTheTargetIsOne() {
        assertThat(Progress.of(40, 15, 25)).isEqualTo(1.0);
    }

    @Test
    void progressOfAValueBelowTheBaselineIsZero() {
        assertThat(Progress.of(10, 15, 25)).isEqualTo(0.0);
    }

    @Test
    void decreaseKeyResultsProgressAsTheValueFalls() {
        // p95 latency from 2000 ms to 200 ms: 1100 ms is halfway.
        assertThat(Progress.of(1100, 2000, 200)).isCloseTo(0.5, within(1e-12));
        assertThat(Progress.of(2500, 2000, 200)).as("worse than the baseline").isEqualTo(0.0);
        assertThat(Progress.of(150, 2000, 200)).as("better than the target").isEqualTo(1.0);
    }

    @Test
    void progressRefusesATargetEqualToTheBaseline() {
        assertThatThrownBy(() -> Progress.of(3, 10, 10))
                .hasMessageContaining("target equals baseline");
    }

    @Test
    void gradesFollowTheRedYellowGreenBands() {
        assertThat(Grade.of(0.39, false)).isEqualTo(Grade.RED);
        assertThat(Grade.of(0.4, false)).isEqualTo(Grade.YELLOW);
        assertThat(Grade.of(0.69, false)).isEqualTo(Grade.YELLOW);
        assertThat(Grade.of(0.7, false)).isEqualTo(Grade.GREEN);
        assertThat(Grade.of(1.0, false)).isEqualTo(Grade.GREEN);
    }

    @Test
    void aCommittedScoreIsGreenOnlyAtOne() {
        assertThat(Grade.of(0.99, true)).isEqualTo(Grade.RED);
        assertThat(Grade.of(0.5, true)).isEqualTo(Grade.RED);
        assertThat(Grade.of(1.0, true)).isEqualTo(Grade.GREEN);
    }

    @Test
    void expectedIsTheElapsedShareOfTheSpan() {
        Instant halfway = Instant.parse("2026-11-16T00:00:00Z"); // 46 of 92 days
        assertThat(Pace.expected(Q4_START, Q4_END, halfway)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void expectedIsClampedOutsideTheSpan() {
        assertThat(Pace.expected(Q4_START, Q4_END, Q4_START.minusSeconds(3600))).isEqualTo(0.0);
        assertThat(Pace.expected(Q4_START, Q4_END, Q4_END.plusSeconds(3600))).isEqualTo(1.0);
    }

    @Test
    void aZeroLengthSpanIsFullyElapsedFromItsStart() {
        assertThat(Pace.expected(Q4_START, Q4_START, Q4_START)).isEqualTo(1.0);
        assertThat(Pace.expected(Q4_START, Q4_START, Q4_START.minusMillis(1))).isEqualTo(0.0);
    }

    @Test
    void statusComparesTheScoreWithTheExpectedPace() {
        assertThat(Status.of(1.0, 0.2)).isEqualTo(Status.ACHIEVED);
        assertThat(Status.of(0.45, 0.5)).isEqualTo(Status.ON_TRACK);
        assertThat(Status.of(0.40, 0.5)).as("exactly 0.10 behind").isEqualTo(Status.ON_TRACK);
        assertThat(Status.of(0.39, 0.5)).isEqualTo(Status.AT_RISK);
        assertThat(Status.of(0.25, 0.5)).as("exactly 0.25 behind").isEqualTo(Status.AT_RISK);
        assertThat(Status.of(0.24, 0.5)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void wireNamesAreLowerSnakeCase() {
        assertThat(Status.OFF_TRACK.wireName()).isEqualTo("off_track");
        assertThat(Status.NO_DATA.wireName()).isEqualTo("no_data");
        assertThat(Grade.YELLOW.wireName()).isEqualTo("yellow");
    }
}
