package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static final Instant DAY_0 = Instant.parse("2026-11-01T00:00:00Z");

    private static List<Forecast.Reading> daily(double... scores) {
        List<Forecast.Reading> readings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            readings.add(new Forecast.Reading(DAY_0.plus(Duration.ofDays(i)), scores[i]));
        }
        return readings;
    }

    @Test
    void extendsAStraightLineToTheEndOfTheSpan() {
        // 0.10, 0.12, 0.14, 0.16 on days 0..3: +0.02 a day; day 20 is 17 days after day 3.
        Instant end = DAY_0.plus(Duration.ofDays(20));
        assertThat(Forecast.of(daily(0.10, 0.12, 0.14, 0.16), end).getAsDouble())
                .isCloseTo(0.16 + 17 * 0.02, within(1e-9));
    }

    @Test
    void fitsTheLeastSquaresLineThroughNoisyReadings() {
        // Points (0,0) (1,1) (2,0) (3,1): slope 0.2 a day and intercept 0.2, so day 1 gives 0.4.
        Instant dayOne = DAY_0.plus(Duration.ofDays(1));
        assertThat(Forecast.of(daily(0, 1, 0, 1), dayOne).getAsDouble())
                .isCloseTo(0.4, within(1e-9));
    }

    @Test
    void isClampedToTheScoreRange() {
        Instant end = DAY_0.plus(Duration.ofDays(60));
        assertThat(Forecast.of(daily(0.5, 0.6, 0.7, 0.8), end).getAsDouble()).isEqualTo(1.0);
        assertThat(Forecast.of(daily(0.4, 0.3, 0.2, 0.1), end).getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void needsAtLeastFourReadings() {
        assertThat(Forecast.of(daily(0.1, 0.2, 0.3), DAY_0.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(Forecast.of(List.of(), DAY_0)).isEmpty();
    }

    @Test
    void usesOnlyTheLastFourteenDays() {
        // Twenty flat days at 0.9, then four days rising from 0.1: only days 10..23 count.
        double[] scores = new double[24];
        for (int i = 0; i < 20; i++) {
            scores[i] = 0.9;
        }
        scores[20] = 0.1;
        scores[21] = 0.2;
        scores[22] = 0.3;
        scores[23] = 0.4;
        List<Forecast.Reading> readings = daily(scores);
        Instant newest = readings.get(23).at();
        double withAll = Forecast.of(readings, newest).getAsDouble();
        double lastFourteen = Forecast.of(readings.subList(10, 24), newest).getAsDouble();
        assertThat(withAll).isCloseTo(lastFourteen, within(1e-12));
    }
}
