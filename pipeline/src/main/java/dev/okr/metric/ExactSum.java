package dev.okr.metric;

import java.util.Arrays;

/**
 * A sum of doubles that does not depend on the order of its terms: the exact sum is kept as a short
 * array of non-overlapping partials (Shewchuk's algorithm, as in Python's {@code math.fsum}), and
 * {@link #value} rounds it once. Parallel runs add the same samples in other orders; with a plain
 * {@code +=} their sums would differ in the last digit, and so would the points a rerun writes.
 */
public final class ExactSum {

    private ExactSum() {}

    /** The partials of {@code partials} plus {@code x} (a new array when it grows). */
    public static double[] add(double[] partials, double x) {
        int n = 0;
        double[] p = partials == null ? new double[0] : partials;
        double[] out = new double[p.length + 1];
        for (double y : p) {
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                out[n++] = lo;
            }
            x = hi;
        }
        out[n++] = x;
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The partials of the sum of two sums. */
    public static double[] merge(double[] a, double[] b) {
        double[] sum = a;
        if (b != null) {
            for (double x : b) {
                sum = add(sum, x);
            }
        }
        return sum;
    }

    /** The exact sum, rounded once to the nearest double. */
    public static double value(double[] partials) {
        if (partials == null || partials.length == 0) {
            return 0.0;
        }
        int i = partials.length - 1;
        double hi = partials[i];
        double lo = 0.0;
        while (i > 0) {
            double x = hi;
            double y = partials[--i];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials lean the same way as lo.
        if (i > 0 && ((lo < 0 && partials[i - 1] < 0) || (lo > 0 && partials[i - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
