package dev.okr.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.DeadLetterHeaders;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.infra.local.LocalInflux;
import dev.okr.infra.local.LocalKafka;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.status.InfluxQueryClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./okr demo --duration 90s --no-tty} from a clean state, as a new user runs it: every key
 * result and objective of the examples gets points in InfluxDB, the simulated malformed records are
 * in the dead-letter topic, and no process it started outlives it. The data it keeps is read back
 * by starting a Kafka broker and an influxd on the demo's own data directories.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DemoIT {

    private static final Pattern PUBLISHED =
            Pattern.compile("published ([\\d,]+) events, ([\\d,]+) of them malformed");

    @Test
    void theDemoScoresEveryExampleAndLeavesNoProcessBehind(@TempDir Path home) throws Exception {
        Path log = home.resolve("demo.out");
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of("..", "okr").toAbsolutePath().normalize().toString(),
                                "demo",
                                "--duration",
                                "90s",
                                "--no-tty")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OKR_"));
        env.put("OKR_HOME", home.toString());
        Process demo = builder.start();

        Set<ProcessHandle> started = ConcurrentHashMap.newKeySet();
        while (!demo.waitFor(1, TimeUnit.SECONDS)) {
            demo.descendants().forEach(started::add);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(demo.exitValue()).as(output).isZero();
        assertThat(output).contains("every key result of the examples has a score");
        assertThat(started).as("the demo started Kafka and influxd").hasSizeGreaterThanOrEqualTo(2);
        assertThat(started.stream().filter(ProcessHandle::isAlive).toList())
                .as("processes the demo started that outlive it")
                .isEmpty();

        Matcher published = PUBLISHED.matcher(output);
        assertThat(published.find()).as(output).isTrue();
        long malformed = Long.parseLong(published.group(2).replace(",", ""));
        assertThat(malformed).as("the simulator publishes malformed records").isPositive();

        Path data = home.resolve("demo");
        OkrSet okrs = OkrFileLoader.load(okrFiles(data.resolve("okrs")));
        try (LocalInflux influx = LocalInflux.builder().dataDir(data.resolve("influx")).start()) {
            InfluxQueryClient client = new InfluxQueryClient(influx.url(), "okr", Map.of());
            assertThat(tagValues(client, "okr_kr", "kr"))
                    .containsAll(okrs.keyResults().stream().map(KeyResult::id).toList());
            assertThat(tagValues(client, "okr_objective", "objective"))
                    .containsAll(okrs.objectives().stream().map(Objective::id).toList());
            // The live board caught up with the events: its last freshness report is minutes,
            // not the weeks of history it read first.
            List<InfluxQueryClient.Row> freshness =
                    client.query(
                            "SELECT last(\"upper\") FROM \"okr_pipeline_freshness\" WHERE \"count\" > 0");
            assertThat(freshness).as("the live run recorded its freshness").hasSize(1);
            assertThat(freshness.get(0).number("last"))
                    .isLessThan((double) Duration.ofMinutes(10).toMillis());
        }
        try (LocalKafka kafka = LocalKafka.builder().dataDir(data.resolve("kafka")).start()) {
            List<ConsumerRecord<byte[], byte[]>> deadLetters =
                    readAll(KafkaClientSettings.plaintext(kafka.bootstrapServers()), "events.dlq");
            assertThat(deadLetters)
                    .allSatisfy(
                            r ->
                                    assertThat(r.headers().lastHeader(DeadLetterHeaders.ERROR))
                                            .isNotNull());
            // The last second's malformed records may still be on their way when the job stops.
            assertThat((long) deadLetters.size()).isBetween(malformed * 95 / 100, malformed);
        }
    }

    private static List<Path> okrFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Set<String> tagValues(InfluxQueryClient client, String measurement, String tag) {
        Set<String> values = new HashSet<>();
        for (InfluxQueryClient.Row row :
                client.query(
                        "SHOW TAG VALUES FROM \""
                                + measurement
                                + "\" WITH KEY = \""
                                + tag
                                + "\"")) {
            values.add(row.string("value"));
        }
        return values;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(
            KafkaClientSettings settings, String topic) {
        Properties props = settings.toProperties();
        props.put("group.id", "demo-it");
        props.put("auto.offset.reset", "earliest");
        props.put("enable.auto.commit", "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            }
        }
        return records;
    }
}
