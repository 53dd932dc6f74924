package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.kafka.SegmentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The production topology after ingestion, on a MiniCluster, over small hand-made event sets. */
class OkrPipelineIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final String OKRS =
            """
            period: {start: 2026-11-02, end: 2026-11-08}
            timezone: UTC
            objectives:
              - id: growth
                title: Grow
                team: growth
                owner: pm@example.com
                key_results:
                  - id: orders
                    title: Orders a day
                    metric: {type: count, events: [Order Completed], window: day}
                    baseline: 2
                    target: 6
                  - id: buyers
                    title: Distinct buyers this week
                    metric: {type: active_users, events: [Order Completed], window: period}
                    baseline: 0
                    target: 4
            """;

    private static final Instant MON = Instant.parse("2026-11-02T00:00:00Z");

    private static SegmentEvent order(String id, String user, Instant at) {
        return SegmentEvent.builder()
                .messageId(id)
                .track("Order Completed")
                .userId(user)
                .at(at)
                .property("revenue", 10.0)
                .build();
    }

    @Test
    void readsCountsAndDistinctUsersAndScoresThem() throws Exception {
        List<SegmentEvent> events = new ArrayList<>();
        // Monday: 4 orders by u1, u2, u1, u3. Tuesday: 1 order by u4.
        events.add(order("m1", "u1", MON.plusSeconds(3600)));
        events.add(order("m2", "u2", MON.plusSeconds(7200)));
        events.add(order("m3", "u1", MON.plusSeconds(10800)));
        events.add(order("m4", "u3", MON.plusSeconds(14400)));
        events.add(order("t1", "u4", MON.plusSeconds(86_400 + 3600)));
        Instant asOf = Instant.parse("2026-11-03T12:00:00Z");

        List<InfluxPoint> points = PipelineRun.run(OKRS, events, asOf, 2);

        Map<String, InfluxPoint> last = latestKeyResultPoints(points);
        // orders: the latest complete day (Monday) had 4 orders: (4-2)/(6-2) = 0.5.
        assertThat(last.get("orders").fields())
                .containsEntry("value", 4.0)
                .containsEntry("score", 0.5)
                .containsEntry("live_value", 1.0);
        // buyers: u1..u4 so far this period: 4 of 4.
        assertThat(last.get("buyers").fields())
                .containsEntry("value", 4.0)
                .containsEntry("score", 1.0);
        assertThat(last.get("buyers").timestampNanos()).isEqualTo(asOf.toEpochMilli() * 1_000_000L);
        List<InfluxPoint> objectives =
                points.stream().filter(p -> p.measurement().equals("okr_objective")).toList();
        assertThat(objectives).isNotEmpty();
        InfluxPoint latestObjective =
                objectives.stream()
                        .max(java.util.Comparator.comparingLong(InfluxPoint::timestampNanos))
                        .orElseThrow();
        assertThat(latestObjective.fields()).containsEntry("score", 0.75).containsEntry("krs", 2L);
    }

    private static Map<String, InfluxPoint> latestKeyResultPoints(List<InfluxPoint> points) {
        return points.stream()
                .filter(p -> p.measurement().equals("okr_kr"))
                .collect(
                        Collectors.toMap(
                                p -> p.tags().get("kr"),
                                p -> p,
                                (a, b) -> a.timestampNanos() >= b.timestampNanos() ? a : b));
    }
}
