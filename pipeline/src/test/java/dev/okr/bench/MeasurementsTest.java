package dev.okr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementsTest {

    @Test
    void everyKindOfRunComesFirstInOneOfThreeTriples() {
        List<Integer> firsts = new ArrayList<>();
        for (int triple = 0; triple < 3; triple++) {
            List<Integer> order = new ArrayList<>();
            for (int place = 0; place < 3; place++) {
                order.add(Measurements.rotated(place, triple, 3));
            }
            assertThat(order).containsExactlyInAnyOrder(0, 1, 2);
            firsts.add(order.get(0));
        }
        assertThat(firsts).containsExactly(0, 1, 2);
    }

    @Test
    void ratiosAreTakenWithinEachTriple() {
        Spread ratios =
                Measurements.perRun(new double[] {90, 50, 99}, new double[] {100, 100, 100});
        assertThat(ratios).isEqualTo(new Spread(0.9, 0.5, 0.99));
    }

    @Test
    void differencesAreTakenWithinEachTriple() {
        Spread differences =
                Measurements.perRunDifference(
                        new double[] {110, 130, 101}, new double[] {100, 100, 100});
        assertThat(differences).isEqualTo(new Spread(10, 1, 30));
    }
}
