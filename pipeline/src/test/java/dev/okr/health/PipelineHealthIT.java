package dev.okr.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.job.ingest.EventIngestion;
import dev.okr.job.ingest.IngestionOptions;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The health meters of a MiniCluster job arrive in a real influxd as okr_pipeline_*. */
@ExtendWith(LocalServersExtension.class)
class PipelineHealthIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Instant OCTOBER_5 = Instant.parse("2026-10-05T09:00:00Z");

    @AfterEach
    void stopPublishing() {
        HealthReporter.stopAll();
    }

    @Test
    void aJobsCountersArriveInInfluxDb(TestKafka kafka, TestInflux influx) throws Exception {
        String topic = kafka.createTopic(2);
        kafka.deleteAfterTest(topic + ".dlq");
        String database = influx.createDatabase();
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String json =
                    "{\"type\":\"track\",\"event\":\"X\",\"userId\":\"u\",\"messageId\":\"m-%d\",\"timestamp\":\"%s\"}"
                            .formatted(i % 250, OCTOBER_5.plusSeconds(i));
            records.add(json.getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 20; i++) {
            records.add("not json".getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(topic, records);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        HealthSettings health =
                HealthSettings.influx(influx.url(), database).withStep(Duration.ofSeconds(1));
        EventIngestion.attach(
                        env,
                        IngestionOptions.builder(
                                        KafkaClientSettings.plaintext(kafka.bootstrapServers()),
                                        topic)
                                .asOf(Instant.parse("2100-01-01T00:00:00Z"))
                                .health(health)
                                .build())
                .events()
                .sinkTo(new DiscardingSink<>());
        env.execute("health");
        HealthReporter.stopAll();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> {
                            assertThat(sum(influx, database, "okr_pipeline_events_in", ""))
                                    .isEqualTo(320);
                            assertThat(sum(influx, database, "okr_pipeline_events_accepted", ""))
                                    .isEqualTo(250);
                            assertThat(sum(influx, database, "okr_pipeline_events_duplicates", ""))
                                    .isEqualTo(50);
                            assertThat(
                                            sum(
                                                    influx,
                                                    database,
                                                    "okr_pipeline_events_rejected",
                                                    " WHERE \"reason\" = 'malformed_json'"))
                                    .isEqualTo(20);
                        });
    }

    private static long sum(TestInflux influx, String database, String measurement, String where) {
        return Math.round(
                influx
                        .rows(
                                database,
                                "SELECT sum(\"value\") FROM \"" + measurement + "\"" + where)
                        .stream()
                        .mapToDouble(r -> ((Number) r.get("sum")).doubleValue())
                        .sum());
    }
}
