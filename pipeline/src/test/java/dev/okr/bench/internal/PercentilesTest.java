package dev.okr.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final double[] HUNDRED = new double[100];

    static {
        for (int i = 0; i < 100; i++) {
            HUNDRED[i] = 100 - i; // 1..100, unsorted
        }
    }

    @Test
    void nearestRankIsAValueActuallySeen() {
        assertThat(Percentiles.of(HUNDRED, 50)).isEqualTo(50);
        assertThat(Percentiles.of(HUNDRED, 99)).isEqualTo(99);
        assertThat(Percentiles.of(HUNDRED, 100)).isEqualTo(100);
    }

    @Test
    void aFewValuesGiveTheLargestForHighPercentiles() {
        assertThat(Percentiles.of(new double[] {0.4, 1.2, 0.9}, 99)).isEqualTo(1.2);
        assertThat(Percentiles.of(new double[] {0.4, 1.2, 0.9}, 50)).isEqualTo(0.9);
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(() -> Percentiles.of(new double[0], 50))
                .hasMessageContaining("no values");
    }
}
