package dev.okr.connectors.influx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void doublesTheCeilingPerFailureUpToTheMaximum() {
        Backoff highest = new Backoff(200, 10_000, () -> 0.999_999);
        assertThat(highest.delayMillis(1, -1)).isEqualTo(200);
        assertThat(highest.delayMillis(2, -1)).isEqualTo(400);
        assertThat(highest.delayMillis(3, -1)).isEqualTo(800);
        assertThat(highest.delayMillis(7, -1)).isEqualTo(10_000);
        assertThat(highest.delayMillis(1_000, -1)).isEqualTo(10_000);
    }

    @Test
    void jitterKeepsAtLeastHalfTheCeiling() {
        Backoff lowest = new Backoff(200, 10_000, () -> 0.0);
        assertThat(lowest.delayMillis(1, -1)).isEqualTo(100);
        assertThat(lowest.delayMillis(3, -1)).isEqualTo(400);
    }

    @Test
    void neverWaitsLessThanTheServerAsked() {
        Backoff backoff = new Backoff(200, 10_000, () -> 0.5);
        assertThat(backoff.delayMillis(1, 3_000)).isEqualTo(3_000);
        assertThat(backoff.delayMillis(1, 60_000)).as("beyond the max backoff").isEqualTo(60_000);
        assertThat(backoff.delayMillis(10, 1_000)).as("the backoff is longer").isGreaterThan(1_000);
    }

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        assertThat(RetryAfter.millis("2", NOW)).isEqualTo(2_000);
        assertThat(RetryAfter.millis(" 0 ", NOW)).isZero();
        assertThat(RetryAfter.millis("Mon, 23 Nov 2026 09:00:03 GMT", NOW)).isEqualTo(3_000);
        assertThat(RetryAfter.millis("Mon, 23 Nov 2026 08:59:00 GMT", NOW))
                .as("a date in the past")
                .isZero();
        assertThat(RetryAfter.millis(null, NOW)).isNegative();
        assertThat(RetryAfter.millis("soon", NOW)).isNegative();
    }
}
