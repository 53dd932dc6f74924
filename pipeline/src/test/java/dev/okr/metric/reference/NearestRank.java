package dev.okr.metric.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The exact percentile of SPEC §4: the smallest sample x with at least p% of the samples at or
 * below x. For n sorted samples that is the k-th, k = ceil(p x n / 100), computed in decimal so
 * that p = 95 and n = 20 give exactly 19.
 */
final class NearestRank {

    private NearestRank() {}

    /** The p-th percentile of the samples; empty when there are none. */
    static OptionalDouble of(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = samples.stream().sorted().toList();
        int rank =
                BigDecimal.valueOf(p)
                        .multiply(BigDecimal.valueOf(sorted.size()))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                        .intValueExact();
        return OptionalDouble.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
