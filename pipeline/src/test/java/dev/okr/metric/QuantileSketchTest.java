package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

    /** The specification's nearest rank: the smallest x with at least p% of samples <= x. */
    private static double nearestRank(List<Double> samples, double p) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    @Test
    void answersWithinOnePercentOfTheExactNearestRankOnSkewedData() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            QuantileSketch sketch = new QuantileSketch();
            List<Double> samples = new ArrayList<>();
            int n = 1 + random.nextInt(2_000);
            for (int i = 0; i < n; i++) {
                // Log-normal latencies in milliseconds, with a few zeros and negatives.
                double x = Math.exp(5 + 1.5 * random.nextGaussian());
                if (random.nextInt(50) == 0) {
                    x = 0;
                } else if (random.nextInt(50) == 0) {
                    x = -x;
                }
                samples.add(x);
                sketch.add(x);
            }
            for (double p : new double[] {1, 25, 50, 75, 90, 95, 99, 99.9, 100}) {
                double exact = nearestRank(samples, p);
                assertThat(sketch.valueAtRank(p))
                        .as("p%s of %d samples", p, n)
                        .isCloseTo(exact, within(Math.abs(exact) * 0.01 + 1e-12));
            }
        }
    }

    @Test
    void aPenAndPaperCase() {
        // Samples 100, 200, ..., 1000: p95 needs 9.5 -> 10 samples at or below, so 1000;
        // p50 needs 5, so 500.
        QuantileSketch sketch = new QuantileSketch();
        for (int i = 1; i <= 10; i++) {
            sketch.add(i * 100.0);
        }
        assertThat(sketch.valueAtRank(95)).isCloseTo(1000, within(10.0));
        assertThat(sketch.valueAtRank(50)).isCloseTo(500, within(5.0));
        assertThat(sketch.valueAtRank(10)).isCloseTo(100, within(1.0));
    }

    @Test
    void removingASampleUndoesAddingIt() {
        QuantileSketch sketch = new QuantileSketch();
        Arrays.asList(3.0, 7.0, 11.0).forEach(sketch::add);
        sketch.add(1000.0);
        sketch.remove(1000.0);
        assertThat(sketch.count()).isEqualTo(3);
        assertThat(sketch.valueAtRank(100)).isCloseTo(11.0, within(0.11));
        assertThatThrownBy(() -> sketch.remove(50_000.0)).hasMessageContaining("never added");
    }

    @Test
    void mergedSketchesAnswerAsOne() {
        QuantileSketch a = new QuantileSketch();
        QuantileSketch b = new QuantileSketch();
        QuantileSketch all = new QuantileSketch();
        for (int i = 1; i <= 500; i++) {
            (i % 2 == 0 ? a : b).add(i);
            all.add(i);
        }
        a.merge(b);
        assertThat(a.count()).isEqualTo(500);
        assertThat(a.valueAtRank(95)).isEqualTo(all.valueAtRank(95));
    }

    @Test
    void anEmptySketchHasNoValue() {
        assertThatThrownBy(() -> new QuantileSketch().valueAtRank(50)).hasMessage("no samples");
    }
}
