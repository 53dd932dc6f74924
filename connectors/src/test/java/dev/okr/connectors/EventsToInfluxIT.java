package dev.okr.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.InfluxSink;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The walking skeleton: Segment events produced to a real Kafka broker by a plain producer are read
 * by a Flink job on the MiniCluster and written, one point per event, to a real influxd.
 */
@ExtendWith(LocalServersExtension.class)
class EventsToInfluxIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Instant MONDAY_09_00 = Instant.parse("2026-11-23T09:00:00Z");
    private static final int EVENTS = 500;

    @Test
    void everyEventProducedToKafkaArrivesInInfluxAsOnePoint(TestKafka kafka, TestInflux influx)
            throws Exception {
        String topic = kafka.createTopic(2);
        String database = influx.createDatabase();
        List<byte[]> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(
                    event("m-" + i, "u-" + (i % 37), MONDAY_09_00.plusMillis(i))
                            .getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(topic, events);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.fromSource(
                        KafkaSource.<String>builder()
                                .setBootstrapServers(kafka.bootstrapServers())
                                .setTopics(topic)
                                .setGroupId("skeleton")
                                .setStartingOffsets(OffsetsInitializer.earliest())
                                .setBounded(OffsetsInitializer.latest())
                                .setValueOnlyDeserializer(new SimpleStringSchema())
                                .build(),
                        WatermarkStrategy.noWatermarks(),
                        "kafka-events")
                .map(EventsToInfluxIT::toPoint)
                .sinkTo(
                        InfluxSink.<InfluxPoint>builder()
                                .setUrl(influx.url())
                                .setDatabase(database)
                                .setSerializer(point -> point)
                                .build());
        env.execute("walking-skeleton");

        List<Map<String, Object>> rows =
                influx.rows(database, "SELECT message_id, user_id FROM segment_event");
        assertThat(rows).hasSize(EVENTS);
        Set<Object> ids = rows.stream().map(r -> r.get("message_id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(EVENTS).contains("m-0", "m-" + (EVENTS - 1));
        assertThat(rows.get(0)).containsEntry("time", MONDAY_09_00.toEpochMilli() * 1_000_000L);
    }

    private static String event(String messageId, String userId, Instant timestamp) {
        return """
                {"type":"track","event":"Order Completed","userId":"%s","messageId":"%s",\
                "timestamp":"%s","properties":{"revenue":12.5}}"""
                .formatted(userId, messageId, timestamp);
    }

    private static InfluxPoint toPoint(String json) throws Exception {
        JsonNode event = JSON.readTree(json);
        Instant time = Instant.parse(event.get("timestamp").asText());
        return InfluxPoint.measurement("segment_event")
                .tag("type", event.get("type").asText())
                .tag("event", event.get("event").asText())
                .field("message_id", event.get("messageId").asText())
                .field("user_id", event.get("userId").asText())
                .timestampNanos(time.getEpochSecond() * 1_000_000_000L + time.getNano())
                .build();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
