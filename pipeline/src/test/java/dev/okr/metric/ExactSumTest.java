package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    private static double[] sum(List<Double> xs) {
        double[] p = new double[0];
        for (double x : xs) {
            p = ExactSum.add(p, x);
        }
        return p;
    }

    @Test
    void theSumIsTheSameInEveryOrderAndIsTheExactSumRounded() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<Double> xs = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                double x = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(12) - 4);
                xs.add(x);
                exact = exact.add(new BigDecimal(x));
            }
            double first = ExactSum.value(sum(xs));
            Collections.shuffle(xs, random);
            double shuffled = ExactSum.value(sum(xs));
            assertThat(shuffled).as("order does not matter").isEqualTo(first);
            assertThat(first).as("the exact sum, rounded once").isEqualTo(exact.doubleValue());
        }
    }

    @Test
    void mergingPartialSumsIsAddingAllTheTerms() {
        double[] a = sum(List.of(0.1, 0.2, 0.3));
        double[] b = sum(List.of(1e16, -1e16, 0.7));
        assertThat(ExactSum.value(ExactSum.merge(a, b)))
                .isEqualTo(
                        new BigDecimal(0.1)
                                .add(new BigDecimal(0.2))
                                .add(new BigDecimal(0.3))
                                .add(new BigDecimal(0.7))
                                .doubleValue());
    }

    @Test
    void anEmptySumIsZero() {
        assertThat(ExactSum.value(new double[0])).isZero();
        assertThat(ExactSum.value(null)).isZero();
    }
}
