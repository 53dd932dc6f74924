package dev.okr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Spread.of(5, 1, 3)).isEqualTo(new Spread(3, 1, 5));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Spread.of(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(new Spread(3, 1, 10));
    }

    @Test
    void oneValueIsItsOwnMedianAndRange() {
        assertThat(Spread.of(7)).isEqualTo(new Spread(7, 7, 7));
    }

    @Test
    void overDividesEveryFigureByTheLimit() {
        assertThat(Spread.of(50, 100, 150).over(200)).isEqualTo(new Spread(0.5, 0.25, 0.75));
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(Spread::of).hasMessageContaining("at least one value");
    }

    @Test
    void formatsRatesAndRatios() {
        assertThat(Spread.of(480_000, 512_000, 530_000).rate()).isEqualTo("512 k/s (480–530)");
        assertThat(Spread.of(0.7, 0.72, 0.75).ratio()).isEqualTo("0.72 (0.70–0.75)");
    }
}
