package dev.okr.okrfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.okrfile.metric.CountMetric;
import dev.okr.okrfile.metric.EventFilter;
import dev.okr.okrfile.metric.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Period Q4 = Period.quarter(2026, 4);

    @Test
    void aQuarterRunsFromItsFirstDayToTheDayAfterItsLastInTheZone() {
        assertThat(Q4.name()).isEqualTo("2026-Q4");
        assertThat(Q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Q4.startIn(OSLO))
                .as("Oslo is on summer time (UTC+2) on 1 October")
                .isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(Q4.endIn(OSLO))
                .as("and on winter time (UTC+1) on 1 January")
                .isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(Q4.startIn(UTC)).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(Q4.endIn(UTC)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void explicitDatesCoverTheSameSpanAsTheQuarter() {
        Period dates = Period.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertThat(dates.name()).isEqualTo("2026-10-01..2026-12-31");
        assertThat(dates.spanIn(OSLO)).isEqualTo(Q4.spanIn(OSLO));
    }

    @Test
    void everyQuarterHasItsMonths() {
        assertThat(Period.quarter(2026, 1).end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.quarter(2028, 1).end()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(Period.quarter(2026, 2).start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Period.quarter(2026, 3).end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThatThrownBy(() -> Period.quarter(2026, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyResultIsScoredFromThePeriodStartToTheEndOfItsDeadlineDay() {
        KeyResult withDeadline = keyResult(LocalDate.of(2026, 11, 15));
        assertThat(withDeadline.span(Q4, UTC))
                .isEqualTo(
                        new Span(
                                Instant.parse("2026-10-01T00:00:00Z"),
                                Instant.parse("2026-11-16T00:00:00Z")));
        assertThat(keyResult(null).span(Q4, OSLO)).isEqualTo(Q4.spanIn(OSLO));
    }

    @Test
    void theElapsedFractionOfASpanIsClamped() {
        Span span =
                new Span(
                        Instant.parse("2026-10-01T00:00:00Z"),
                        Instant.parse("2026-10-11T00:00:00Z"));
        assertThat(span.elapsedFraction(Instant.parse("2026-09-01T00:00:00Z"))).isZero();
        assertThat(span.elapsedFraction(Instant.parse("2026-10-03T12:00:00Z"))).isEqualTo(0.25);
        assertThat(span.elapsedFraction(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(1.0);
        assertThat(span.contains(Instant.parse("2026-10-11T00:00:00Z")))
                .as("a span excludes its end")
                .isFalse();
    }

    private static KeyResult keyResult(LocalDate deadline) {
        return new KeyResult(
                "signups",
                "Sign-ups",
                new CountMetric(EventFilter.events("Signed Up"), Window.DAY),
                new Goal.Move(Baseline.of(100), Target.of(200)),
                null,
                1,
                deadline,
                Commitment.ASPIRATIONAL,
                new SourcePosition("okrs.yaml", 14, 9));
    }
}
