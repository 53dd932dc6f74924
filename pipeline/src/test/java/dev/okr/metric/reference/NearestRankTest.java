package dev.okr.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearestRankTest {

    private static final List<Double> ONE_TO_HUNDRED =
            IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList();

    @Test
    void isTheSmallestSampleWithAtLeastPPercentAtOrBelowIt() {
        assertThat(NearestRank.of(List.of(4.0, 1.0, 3.0, 2.0), 50)).hasValue(2);
        assertThat(NearestRank.of(List.of(3.0, 1.0, 2.0), 50)).hasValue(2);
        assertThat(NearestRank.of(List.of(5.0, 5.0, 9.0, 5.0), 75)).hasValue(5);
        assertThat(NearestRank.of(List.of(5.0, 5.0, 9.0, 5.0), 76)).hasValue(9);
        assertThat(NearestRank.of(List.of(7.0), 0.1)).hasValue(7);
    }

    @Test
    void roundsTheRankInDecimalNotInBinary() {
        assertThat(NearestRank.of(ONE_TO_HUNDRED, 7))
                .as("0.07 x 100 is 7.000000000000001 in binary floating point")
                .hasValue(7);
        assertThat(NearestRank.of(ONE_TO_HUNDRED, 57)).hasValue(57);
        assertThat(NearestRank.of(ONE_TO_HUNDRED, 99.9)).hasValue(100);
    }

    @Test
    void hasNoValueWithoutSamples() {
        assertThat(NearestRank.of(List.of(), 50)).isEmpty();
    }
}
