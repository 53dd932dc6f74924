package dev.okr.connectors.influx.internal;

import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the n-th consecutive failure waits a random time between half
 * and all of {@code initial × 2^(n-1)}, capped at {@code max}, and never less than what the server
 * asked for in {@code Retry-After}. The jitter spreads the retries of parallel sink writers so that
 * they do not hit a recovering server at the same instant.
 */
public final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private final DoubleSupplier random;

    /**
     * @param random uniform in [0, 1): {@code ThreadLocalRandom.current()::nextDouble} in
     *     production
     */
    public Backoff(long initialMillis, long maxMillis, DoubleSupplier random) {
        if (initialMillis <= 0 || maxMillis < initialMillis) {
            throw new IllegalArgumentException(
                    "backoff needs 0 < initial <= max, got "
                            + initialMillis
                            + " ms and "
                            + maxMillis
                            + " ms");
        }
        this.initialMillis = initialMillis;
        this.maxMillis = maxMillis;
        this.random = random;
    }

    /**
     * How long to wait after the {@code failures}-th consecutive failure.
     *
     * @param retryAfterMillis the wait the server asked for, or a negative number when it did not
     */
    public long delayMillis(int failures, long retryAfterMillis) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long ceiling =
                initialMillis > (maxMillis >> doublings) ? maxMillis : initialMillis << doublings;
        long floor = ceiling / 2;
        long jittered = floor + (long) (random.getAsDouble() * (ceiling - floor + 1));
        return Math.max(Math.min(jittered, ceiling), retryAfterMillis);
    }
}
