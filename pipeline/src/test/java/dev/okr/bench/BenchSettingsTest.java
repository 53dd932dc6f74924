package dev.okr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    private static BenchSettings.Builder builder() {
        return BenchSettings.builder().okrs(List.of(Path.of("examples/growth.yaml")));
    }

    @Test
    void theThroughputRunsAreLongerThanTheRunsThatCompareWithEachOther() {
        BenchSettings settings = builder().build();

        assertThat(settings.events()).isEqualTo(20_000_000);
        assertThat(settings.scaleEvents()).isEqualTo(2_000_000);
    }

    @Test
    void aTopicHasAUserForEvery200RecordsUnlessUsersAreGiven() {
        BenchSettings byRecords = builder().build();
        BenchSettings given = builder().users(7_000).build();

        assertThat(byRecords.usersOf(2_000_000)).isEqualTo(10_000);
        assertThat(byRecords.usersOf(20_000_000)).isEqualTo(100_000);
        assertThat(byRecords.usersOf(100)).as("at least one user").isEqualTo(1);
        assertThat(given.usersOf(2_000_000)).isEqualTo(7_000);
        assertThat(given.usersOf(20_000_000)).isEqualTo(7_000);
    }

    @Test
    void tooFewScaleRecordsAreRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> builder().scaleEvents(10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--scale-events must be at least 1000, not 10");
    }
}
