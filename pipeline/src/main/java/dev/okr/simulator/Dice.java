package dev.okr.simulator;

import java.util.SplittableRandom;

/**
 * The simulator's randomness and where the product stands in the range: draws from the seeded
 * generator, and the drifting rates of {@link ProductRates} at a given time.
 */
final class Dice {

    private final SplittableRandom random;
    private final long start;
    private final long span;
    private final double drift;

    Dice(SplittableRandom random, long start, long span, double drift) {
        this.random = random;
        this.start = start;
        this.span = span;
        this.drift = drift;
    }

    /** Progress through the range at {@code t}, 0 to 1: where every drifting rate stands. */
    double progress(long t) {
        return Math.min(1.0, Math.max(0.0, (t - start) / (double) span));
    }

    /** The value of {@code d} at {@code t}. */
    double rate(Drift d, long t) {
        return d.at(progress(t), drift);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** A log-normal draw with the given median. */
    double logNormal(double median, double sigma) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        return median * Math.exp(sigma * gaussian);
    }

    /** One of {@code values}, equally likely. */
    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    /** One of {@code values} with the given weights (summing to 1). */
    String pick(String[] values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
