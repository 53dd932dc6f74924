package dev.okr.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.okr.connectors.kafka.DeadLetterHeaders;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.health.PipelineHealth;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessAllWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ingestion against a real Kafka broker, on Flink's MiniCluster. */
@ExtendWith(LocalServersExtension.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EventIngestionIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    // In the past, so that the broker accepts the Kafka timestamps 3 days after it.
    private static final Instant MONDAY_09_00 = Instant.parse("2026-10-05T09:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final Duration AWAIT = Duration.ofSeconds(90);

    private static double duplicatesCounted() {
        return PipelineHealth.duplicates().count();
    }

    @Test
    void everyRejectReasonReachesTheDeadLetterTopicWithItsHeadersAndSourceOffset(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic(1, Map.of("max.message.bytes", Integer.toString(4 << 20)));
        kafka.deleteAfterTest(topic + ".dlq");
        long kafkaTime = MONDAY_09_00.toEpochMilli();
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("malformed_json", utf8("{\"type\":\"track\","));
        bad.put("not_an_object", utf8("[1,2,3]"));
        bad.put(
                "unknown_type",
                utf8(json("m-u", "u-1", MONDAY_09_00).replace("\"track\"", "\"click\"")));
        bad.put("missing_identity", utf8(json("m-i", "", MONDAY_09_00)));
        bad.put("missing_timestamp", utf8("{\"type\":\"track\",\"event\":\"X\",\"userId\":\"u\"}"));
        bad.put(
                "bad_timestamp",
                utf8(
                        "{\"type\":\"track\",\"event\":\"X\",\"userId\":\"u\",\"timestamp\":\"last tuesday\"}"));
        bad.put(
                "future_timestamp",
                utf8(json("m-f", "u-1", MONDAY_09_00.plus(Duration.ofHours(2)))));
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        bad.put("too_large", large);
        Map<String, Long> offsets = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
            for (Map.Entry<String, byte[]> e : bad.entrySet()) {
                offsets.put(e.getKey(), send(producer, topic, 0, kafkaTime, e.getValue()));
            }
            Instant ahead = MONDAY_09_00.plus(Duration.ofDays(3));
            send(producer, topic, 0, ahead.toEpochMilli(), utf8(json("m-ahead", "u-1", ahead)));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        IngestedEvents ingested =
                EventIngestion.attach(env, options(kafka, topic).wallClock(null).build());
        try (CloseableIterator<SegmentEvent> events = ingested.events().executeAndCollect()) {
            assertThat(events.next().dedupKey()).isEqualTo("m-ahead");
            // The watermark is emitted periodically: a late record may pass before it moved, so
            // late records are sent until one is rejected, and that one is checked.
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            await().atMost(AWAIT)
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(
                            () -> {
                                try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
                                    long offset =
                                            send(
                                                    producer,
                                                    topic,
                                                    0,
                                                    kafkaTime,
                                                    utf8(
                                                            json(
                                                                    "m-late-" + System.nanoTime(),
                                                                    "u-1",
                                                                    MONDAY_09_00)));
                                    offsets.put("too_late", offset);
                                }
                                dead.clear();
                                dead.addAll(
                                        kafka.read(
                                                topic + ".dlq",
                                                bad.size() + 1,
                                                Duration.ofSeconds(5)));
                                assertThat(dead)
                                        .extracting(r -> header(r, DeadLetterHeaders.ERROR))
                                        .contains("too_late");
                            });
            Map<String, ConsumerRecord<byte[], byte[]>> byReason = new HashMap<>();
            dead.forEach(r -> byReason.put(header(r, DeadLetterHeaders.ERROR), r));
            assertThat(byReason).containsOnlyKeys(offsets.keySet());
            for (String reason : bad.keySet()) {
                ConsumerRecord<byte[], byte[]> r = byReason.get(reason);
                assertThat(r.value())
                        .as(reason + ": the original bytes")
                        .isEqualTo(bad.get(reason));
                assertThat(header(r, DeadLetterHeaders.SOURCE_OFFSET))
                        .as(reason)
                        .isEqualTo(Long.toString(offsets.get(reason)));
                assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topic);
                assertThat(header(r, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
                assertThat(header(r, DeadLetterHeaders.SOURCE_TIMESTAMP))
                        .isEqualTo(Long.toString(kafkaTime));
                assertThat(header(r, DeadLetterHeaders.ERROR_DETAIL)).isNotBlank();
            }
            assertThat(header(byReason.get("too_late"), DeadLetterHeaders.ERROR_DETAIL))
                    .contains("behind the watermark");
        }
    }

    @Test
    void duplicatesCountOnceAndOutOfOrderEventsWithinTheBoundAreKept(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic(1);
        kafka.deleteAfterTest(topic + ".dlq");
        double duplicatesBefore = duplicatesCounted();
        List<byte[]> first = new ArrayList<>();
        for (int i = 0; i < 59; i++) {
            first.add(utf8(json("m-" + i, "u-" + i, MONDAY_09_00.plusSeconds(i))));
        }
        kafka.send(topic, first);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        IngestedEvents ingested =
                EventIngestion.attach(
                        env,
                        options(kafka, topic)
                                .outOfOrderness(Duration.ofSeconds(60))
                                .wallClock(null)
                                .build());
        try (CloseableIterator<Tuple2<Long, Long>> windows =
                countPerMinute(ingested.events()).executeAndCollect()) {
            List<byte[]> second = new ArrayList<>();
            second.add(utf8(json("m-70", "u-70", MONDAY_09_00.plusSeconds(70))));
            second.add(utf8(json("m-out-of-order", "u-x", MONDAY_09_00.plusSeconds(30))));
            second.addAll(first.subList(0, 10));
            second.add(utf8(json("m-200", "u-200", MONDAY_09_00.plusSeconds(200))));
            kafka.send(topic, second);

            Tuple2<Long, Long> window = windows.next();
            assertThat(window.f0).isEqualTo(MONDAY_09_00.toEpochMilli());
            assertThat(window.f1)
                    .as("59 events, one 40 s out of order, duplicates once")
                    .isEqualTo(60L);
        }
        assertThat(duplicatesCounted() - duplicatesBefore).isEqualTo(10.0);
    }

    @Test
    void anIdlePartitionDoesNotStallWindows(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic(2);
        kafka.deleteAfterTest(topic + ".dlq");
        try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
            for (int i = 0; i < 30; i++) {
                send(
                        producer,
                        topic,
                        0,
                        null,
                        utf8(json("m-" + i, "u-" + i, MONDAY_09_00.plusSeconds(i))));
            }
            send(
                    producer,
                    topic,
                    0,
                    null,
                    utf8(json("m-200", "u-200", MONDAY_09_00.plusSeconds(200))));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        IngestedEvents ingested =
                EventIngestion.attach(
                        env,
                        options(kafka, topic)
                                .quietTimeout(Duration.ofSeconds(2))
                                .wallClock(null)
                                .build());
        try (CloseableIterator<Tuple2<Long, Long>> windows =
                countPerMinute(ingested.events()).executeAndCollect()) {
            assertThat(windows.next())
                    .as("partition 1 never has an event")
                    .isEqualTo(Tuple2.of(MONDAY_09_00.toEpochMilli(), 30L));
        }
    }

    @Test
    void inALiveRunAWindowCompletesOnTheWallClockWhenNoMoreEventsArrive(TestKafka kafka)
            throws Exception {
        String topic = kafka.createTopic(2);
        kafka.deleteAfterTest(topic + ".dlq");
        Instant minute =
                Instant.now()
                        .minus(Duration.ofMinutes(10))
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        List<byte[]> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(utf8(json("m-" + i, "u-" + i, minute.plusSeconds(i))));
        }
        kafka.send(topic, events);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        IngestedEvents ingested =
                EventIngestion.attach(
                        env, options(kafka, topic).quietTimeout(Duration.ofSeconds(2)).build());
        try (CloseableIterator<Tuple2<Long, Long>> windows =
                countPerMinute(ingested.events()).executeAndCollect()) {
            assertThat(windows.next()).isEqualTo(Tuple2.of(minute.toEpochMilli(), 20L));
        }
    }

    @Test
    void aRecordProducedByKcatIsReadCorrectly(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic(1);
        kafka.deleteAfterTest(topic + ".dlq");
        String line =
                "order-key|{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"u-kcat\",\"messageId\":\"m-kcat\","
                        + "\"timestamp\":\"2026-11-23T10:00:00.5+01:00\",\"properties\":{\"revenue\":12.5,\"plan\":{\"name\":\"pro\"}}}\n";
        Process kcat =
                new ProcessBuilder(
                                "kcat",
                                "-P",
                                "-b",
                                kafka.bootstrapServers(),
                                "-t",
                                topic,
                                "-K",
                                "|",
                                "-H",
                                "source=kcat")
                        .redirectErrorStream(true)
                        .start();
        kcat.getOutputStream().write(utf8(line));
        kcat.getOutputStream().close();
        if (!kcat.waitFor(60, TimeUnit.SECONDS)) {
            kcat.destroyForcibly();
            throw new AssertionError("kcat did not finish within 60 s");
        }
        assertThat(kcat.exitValue())
                .as(new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        List<SegmentEvent> events =
                EventIngestion.attach(env, options(kafka, topic).asOf(FAR_FUTURE).build())
                        .events()
                        .executeAndCollect(10);

        assertThat(events).hasSize(1);
        SegmentEvent e = events.get(0);
        assertThat(e.dedupKey()).isEqualTo("m-kcat");
        assertThat(e.event()).isEqualTo("Order Completed");
        assertThat(e.identity()).isEqualTo("u-kcat");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-23T09:00:00.500Z"));
        assertThat(e.property("revenue")).isEqualTo(12.5);
        assertThat(e.property("plan.name")).isEqualTo("pro");
    }

    @Test
    void theJobSurvivesAStreamOfHalfGarbage(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic(2);
        kafka.deleteAfterTest(topic + ".dlq");
        String[] garbage = {
            "",
            "nul",
            "{\"type\":",
            "[]",
            "42",
            "{}",
            "{\"type\":\"track\",\"userId\":\"u\"}",
            "\u0000\u00ff"
        };
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            records.add(
                    i % 2 == 0
                            ? utf8(json("m-" + i, "u-" + (i % 50), MONDAY_09_00.plusMillis(i)))
                            : utf8(garbage[i / 2 % garbage.length]));
        }
        kafka.send(topic, records);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        List<SegmentEvent> events =
                EventIngestion.attach(env, options(kafka, topic).asOf(FAR_FUTURE).build())
                        .events()
                        .executeAndCollect(5000);

        assertThat(events).hasSize(2000);
        assertThat(kafka.read(topic + ".dlq", 2000, AWAIT)).hasSize(2000);
    }

    private static IngestionOptions.Builder options(TestKafka kafka, String topic) {
        return IngestionOptions.builder(
                        KafkaClientSettings.plaintext(kafka.bootstrapServers()), topic)
                .groupId("it-" + topic)
                .outOfOrderness(Duration.ofSeconds(1));
    }

    /** Counts events per minute of event time: (window start, count). */
    private static DataStream<Tuple2<Long, Long>> countPerMinute(DataStream<SegmentEvent> events) {
        return events.windowAll(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(new Count(), new WithStart());
    }

    private static final class Count implements AggregateFunction<SegmentEvent, Long, Long> {
        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(SegmentEvent value, Long count) {
            return count + 1;
        }

        @Override
        public Long getResult(Long count) {
            return count;
        }

        @Override
        public Long merge(Long a, Long b) {
            return a + b;
        }
    }

    private static final class WithStart
            extends ProcessAllWindowFunction<Long, Tuple2<Long, Long>, TimeWindow> {
        @Override
        public void process(
                Context context, Iterable<Long> counts, Collector<Tuple2<Long, Long>> out) {
            out.collect(Tuple2.of(context.window().getStart(), counts.iterator().next()));
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(TestKafka kafka) {
        return new KafkaProducer<>(
                Map.of(
                        "bootstrap.servers",
                        kafka.bootstrapServers(),
                        "max.request.size",
                        4 << 20,
                        "acks",
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static long send(
            KafkaProducer<byte[], byte[]> producer,
            String topic,
            int partition,
            Long timestamp,
            byte[] value)
            throws Exception {
        RecordMetadata metadata =
                producer.send(new ProducerRecord<>(topic, partition, timestamp, null, value))
                        .get(30, TimeUnit.SECONDS);
        return metadata.offset();
    }

    private static String json(String messageId, String userId, Instant at) {
        return "{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"%s\",\"messageId\":\"%s\",\"timestamp\":\"%s\",\"properties\":{\"revenue\":12.5}}"
                .formatted(userId, messageId, at);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        var h = record.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
