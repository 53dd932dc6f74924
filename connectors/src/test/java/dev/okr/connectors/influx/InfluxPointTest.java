package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class InfluxPointTest {

    @Test
    void keepsTagsInKeyOrderAndFieldsInTheOrderAdded() {
        InfluxPoint point =
                InfluxPoint.measurement("okr_kr")
                        .tag("team", "growth")
                        .tag("kr", "d7")
                        .tag("objective", "o1")
                        .field("score", 0.5)
                        .field("events", 3L)
                        .timestamp(KrPoints.MONDAY_09_00)
                        .build();

        assertThat(point.tags())
                .containsExactly(
                        entry("kr", "d7"), entry("objective", "o1"), entry("team", "growth"));
        assertThat(point.fields().keySet()).containsExactly("score", "events");
        assertThat(point.fields().get("events")).isEqualTo(3L);
    }

    @Test
    void aLaterValueReplacesAnEarlierOneOfTheSameKeyAndAnEmptyTagIsLeftOut() {
        InfluxPoint point =
                InfluxPoint.measurement("m")
                        .tag("team", "a")
                        .tag("team", "b")
                        .tag("owner", "")
                        .tag("quarter", null)
                        .field("v", 1.0)
                        .field("v", 2.0)
                        .timestampNanos(1)
                        .build();

        assertThat(point.tags()).containsOnlyKeys("team").containsEntry("team", "b");
        assertThat(point.fields()).hasSize(1).containsEntry("v", 2.0);
    }

    @Test
    void pointsWithTheSameContentAreEqual() {
        InfluxPoint a = KrPoints.point(7);
        InfluxPoint b = KrPoints.point(7);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(KrPoints.point(8));
    }
}
