package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Flink job on the MiniCluster writes a million points through the sink to a real influxd. */
@ExtendWith(LocalServersExtension.class)
class InfluxSinkIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    /** The MiniCluster runs in this JVM, so the writers find this registry through a static. */
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    private static final long POINTS = 1_000_000;

    @Test
    void aJobWritesAMillionPointsThatAllReadBackCountedAndChecksummed(TestInflux influx)
            throws Exception {
        String database = influx.createDatabase();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.fromSequence(0, POINTS - 1)
                .sinkTo(
                        InfluxSink.<Long>builder()
                                .setUrl(influx.url())
                                .setDatabase(database)
                                .setSerializer(KrPoints::point)
                                .setMeterRegistry(() -> METERS)
                                .setMeterPrefix("million")
                                .build())
                .name("influx-sink")
                .uid("influx-sink");

        env.execute("a-million-points");

        List<Map<String, Object>> totals =
                influx.rows(
                        database,
                        "SELECT count(\"value\"), sum(\"value\"), count(\"score\") FROM "
                                + KrPoints.MEASUREMENT);
        assertThat(totals.get(0))
                .containsEntry("count", POINTS)
                .containsEntry("sum", KrPoints.checksum(POINTS))
                .containsEntry("count_1", POINTS);
        assertThat(influx.rows(database, "SELECT count(\"value\") FROM kr_reading GROUP BY kr"))
                .as("1,000 series of 1,000 points each")
                .hasSize(1000)
                .allSatisfy(series -> assertThat(series).containsEntry("count", POINTS / 1000));
        assertThat(METERS.get("million.points.written").counter().count())
                .isEqualTo((double) POINTS);
        assertThat(METERS.get("million.batches.written").counter().count())
                .as("batches of at most 5,000 points")
                .isGreaterThanOrEqualTo(POINTS / 5000.0);
        assertThat(METERS.get("million.write.latency").timer().count()).isPositive();
    }
}
