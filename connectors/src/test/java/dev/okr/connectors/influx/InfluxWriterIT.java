package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.core.io.SimpleVersionedSerialization;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One sink writer against the real influxd: rejected lines, refused points, state, errors. */
@ExtendWith(LocalServersExtension.class)
class InfluxWriterIT {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> deadLetters = new ArrayList<>();

    @Test
    void writesTheGoodLinesOfABatchAndHandsTheOneBadLineToTheDeadLetterHandler(TestInflux influx)
            throws Exception {
        String database = influx.createDatabase();
        InfluxSink<InfluxPoint> sink = sink(influx.url(), database).build();
        try (StatefulSinkWriter<InfluxPoint, ?> writer = Writers.open(sink)) {
            writer.write(reading(0, 0.5), Writers.NO_TIME);
            writer.flush(true);
            for (int i = 1; i <= 9; i++) {
                writer.write(reading(i, i / 10.0), Writers.NO_TIME);
                if (i == 5) {
                    writer.write(badReading(100), Writers.NO_TIME);
                }
            }
            writer.flush(true);
        }

        assertThat(influx.count(database, "SELECT count(\"value\") FROM reading")).isEqualTo(10);
        assertThat(deadLetters)
                .singleElement()
                .asString()
                .startsWith("400|reading,kr=kr-100 value=100i ")
                .contains("field type conflict")
                .contains("already exists as type float");
        assertThat(meters.get("w.lines.rejected").tag("status", "400").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("w.points.written").counter().count()).isEqualTo(10.0);
    }

    @Test
    void refusesPointsItCannotEncodeAndDropsNonFiniteValues(TestInflux influx) throws Exception {
        String database = influx.createDatabase();
        InfluxSink<InfluxPoint> sink = sink(influx.url(), database).build();
        try (StatefulSinkWriter<InfluxPoint, ?> writer = Writers.open(sink)) {
            writer.write(
                    InfluxPoint.measurement("reading")
                            .tag("kr", "line\nbreak")
                            .field("value", 1.0)
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build(),
                    Writers.NO_TIME);
            writer.write(
                    InfluxPoint.measurement("reading")
                            .tag("kr", "nan")
                            .field("value", Double.NaN)
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build(),
                    Writers.NO_TIME);
            writer.write(
                    InfluxPoint.measurement("reading")
                            .tag("kr", "half")
                            .field("value", 2.0)
                            .field("ratio", Double.POSITIVE_INFINITY)
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build(),
                    Writers.NO_TIME);
            writer.flush(true);
        }

        assertThat(influx.rows(database, "SELECT * FROM reading"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("kr", "half"));
        assertThat(deadLetters)
                .singleElement()
                .asString()
                .startsWith("0|reading,kr=line\nbreak value=1 ")
                .contains("holds the control character U+000A");
        assertThat(meters.get("w.values.dropped").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("w.points.dropped").counter().count()).isEqualTo(1.0);
    }

    @Test
    void linesBufferedAtACheckpointAreWrittenByTheRestoredWriter(TestInflux influx)
            throws Exception {
        String database = influx.createDatabase();
        InfluxSink<Long> sink =
                InfluxSink.<Long>builder()
                        .setUrl(influx.url())
                        .setDatabase(database)
                        .setSerializer(KrPoints::point)
                        .setMaxBatchSize(1_000)
                        .setMaxBufferedRequests(2_000)
                        .build();
        SimpleVersionedSerializer<BufferedRequestState<byte[]>> serializer =
                sink.getWriterStateSerializer();

        List<byte[]> checkpoint = new ArrayList<>();
        try (StatefulSinkWriter<Long, BufferedRequestState<byte[]>> writer = Writers.open(sink)) {
            for (long i = 0; i < 500; i++) {
                writer.write(i, Writers.NO_TIME);
            }
            for (BufferedRequestState<byte[]> state : writer.snapshotState(1)) {
                checkpoint.add(
                        SimpleVersionedSerialization.writeVersionAndSerialize(serializer, state));
            }
        }
        assertThat(influx.count(database, "SELECT count(\"value\") FROM kr_reading"))
                .as("below the batch size and before the buffer timer: nothing sent yet")
                .isZero();

        List<BufferedRequestState<byte[]>> restored = new ArrayList<>();
        for (byte[] bytes : checkpoint) {
            restored.add(SimpleVersionedSerialization.readVersionAndDeSerialize(serializer, bytes));
        }
        try (StatefulSinkWriter<Long, BufferedRequestState<byte[]>> writer =
                Writers.restore(sink, restored)) {
            writer.flush(true);
        }

        List<Map<String, Object>> totals =
                influx.rows(database, "SELECT count(\"value\"), sum(\"value\") FROM kr_reading");
        assertThat(totals.get(0))
                .containsEntry("count", 500L)
                .containsEntry("sum", KrPoints.checksum(500));
    }

    @Test
    void failsAtOnceWhenTheDatabaseDoesNotExistAndSaysHowToCreateIt(TestInflux influx)
            throws Exception {
        InfluxSink<Long> sink =
                InfluxSink.<Long>builder()
                        .setUrl(influx.url())
                        .setDatabase("no_such_database")
                        .setSerializer(KrPoints::point)
                        .build();
        StatefulSinkWriter<Long, ?> writer = Writers.open(sink);
        writer.write(1L, Writers.NO_TIME);

        assertThatThrownBy(() -> writer.flush(true))
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("CREATE DATABASE \"no_such_database\"");
        writer.close();
    }

    private InfluxSinkBuilder<InfluxPoint> sink(String url, String database) {
        return InfluxSink.<InfluxPoint>builder()
                .setUrl(url)
                .setDatabase(database)
                .setSerializer(p -> p)
                .setRejectedLineHandler(
                        (line, status, reason) ->
                                deadLetters.add(status + "|" + line + "|" + reason))
                .setMeterRegistry(() -> meters)
                .setMeterPrefix("w");
    }

    private static InfluxPoint reading(int kr, double value) {
        return InfluxPoint.measurement("reading")
                .tag("kr", "kr-" + kr)
                .field("value", value)
                .timestamp(KrPoints.MONDAY_09_00)
                .build();
    }

    /** An integer where every earlier point wrote a float: a field type conflict. */
    private static InfluxPoint badReading(int kr) {
        return InfluxPoint.measurement("reading")
                .tag("kr", "kr-" + kr)
                .field("value", (long) kr)
                .timestamp(KrPoints.MONDAY_09_00)
                .build();
    }
}
