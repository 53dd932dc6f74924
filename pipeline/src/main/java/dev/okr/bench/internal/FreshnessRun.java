package dev.okr.bench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.KafkaTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Freshness: the pipeline runs live while simulated events are produced at a fixed rate ({@link
 * ReplayedLoad}) and, every 250 ms, a probe event is produced that one key result counts ({@link
 * ProbeOkrFile}). InfluxDB is polled every 20 ms; a probe's delay runs from just before its send to
 * the first poll that sees the key result count it. The delays are of the whole path: Kafka,
 * ingestion, the metric engine's live reading (every live interval), scoring and the InfluxDB sink.
 */
public final class FreshnessRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROBE_EVERY = Duration.ofMillis(250);

    /** The span of simulated events that the load sends again and again. */
    private static final Duration LOAD_BLOCK = Duration.ofSeconds(10);

    /**
     * How long the load runs before probing at the least (or as long as the probing, if shorter):
     * the job's first seconds (connections, first checkpoint, the first live readings) are not its
     * steady state.
     */
    private static final Duration MIN_WARM_UP = Duration.ofSeconds(30);

    /** How long after the last probe its reading is waited for. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    /**
     * Delays in seconds of the probes seen, how many were never seen, and the rate at which records
     * were actually produced while probing (the load and the probes).
     */
    public record Result(double[] delaysSeconds, int missing, double producedPerSecond) {}

    private FreshnessRun() {}

    public static Result run(
            String bootstrap,
            InfluxHttpClient influx,
            String database,
            List<Path> okrs,
            Duration liveInterval,
            double eventsPerSecond,
            int users,
            Duration duration,
            Path workDir)
            throws Exception {
        String topic = "bench-live-" + System.nanoTime();
        KafkaClientSettings kafka = KafkaClientSettings.plaintext(bootstrap);
        KafkaTopics.createIfMissing(
                kafka,
                new NewTopic(topic, Optional.of(2), Optional.empty())
                        .configs(Map.of("retention.ms", "-1")));
        List<Path> files = new ArrayList<>(okrs);
        files.add(ProbeOkrFile.write(okrs, workDir));
        // Generated before the job starts, so that making the load does not compete with it.
        try (ReplayedLoad load =
                        ReplayedLoad.prepare(kafka, topic, eventsPerSecond, users, LOAD_BLOCK, 7);
                KafkaProducer<byte[], byte[]> probes = producer(kafka)) {
            JobClient job =
                    OkrRun.live(
                            new OkrRun.Target(bootstrap, topic, influx.url(), database),
                            files,
                            liveInterval,
                            workDir);
            try {
                // Readings follow the watermark, which the load moves: start it first.
                load.start();
                long base =
                        warmUp(
                                probes,
                                topic,
                                influx,
                                database,
                                liveInterval.plusSeconds(120),
                                duration.compareTo(MIN_WARM_UP) < 0 ? duration : MIN_WARM_UP);
                long before = endOffset(kafka, topic);
                long from = System.nanoTime();
                Result r = probe(probes, topic, influx, database, duration, base);
                double produced =
                        (endOffset(kafka, topic) - before) / ((System.nanoTime() - from) / 1e9);
                return new Result(r.delaysSeconds(), r.missing(), produced);
            } finally {
                job.cancel().get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static Result probe(
            KafkaProducer<byte[], byte[]> producer,
            String topic,
            InfluxHttpClient influx,
            String database,
            Duration duration,
            long base)
            throws Exception {
        int count = (int) (duration.toMillis() / PROBE_EVERY.toMillis());
        long[] sent = new long[count];
        long[] seen = new long[count];
        long start = System.currentTimeMillis();
        long deadline = start + duration.toMillis() + GRACE.toMillis();
        int nextProbe = 0;
        int seenUpTo = 0;
        while (seenUpTo < count && System.currentTimeMillis() < deadline) {
            long now = System.currentTimeMillis();
            if (nextProbe < count && now >= start + nextProbe * PROBE_EVERY.toMillis()) {
                sent[nextProbe] = now;
                producer.send(new ProducerRecord<>(topic, probeEvent(base + nextProbe, now)));
                producer.flush();
                nextProbe++;
            }
            int counted = (int) Math.min(nextProbe, probesCounted(influx, database) - base);
            long at = System.currentTimeMillis();
            for (; seenUpTo < counted; seenUpTo++) {
                seen[seenUpTo] = at;
            }
            Thread.sleep(20);
        }
        // A probe not seen by the deadline counts with the time it waited: a lower bound.
        long end = System.currentTimeMillis();
        double[] delays = new double[count];
        for (int i = 0; i < count; i++) {
            delays[i] = ((i < seenUpTo ? seen[i] : end) - sent[i]) / 1000.0;
        }
        return new Result(delays, count - seenUpTo, 0);
    }

    private static byte[] probeEvent(long i, long millis) {
        String json =
                "{\"type\":\"track\",\"event\":\""
                        + ProbeOkrFile.EVENT
                        + "\",\"userId\":\"bench-probe\",\"messageId\":\"bench-probe-"
                        + millis
                        + "-"
                        + i
                        + "\",\"timestamp\":\""
                        + Instant.ofEpochMilli(millis)
                        + "\",\"properties\":{}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The probe key result's newest count in InfluxDB, -1 before its first reading. */
    static long probesCounted(InfluxHttpClient influx, String database) throws Exception {
        String answer;
        try {
            answer =
                    influx.query(
                            database,
                            "SELECT max(\"value\"), max(\"live_value\") FROM \"okr_kr\" WHERE \"kr\" = '"
                                    + ProbeOkrFile.KEY_RESULT
                                    + "'");
        } catch (IllegalStateException e) {
            return -1; // the database is not there before the sink's first write
        }
        JsonNode values =
                JSON.readTree(answer)
                        .path("results")
                        .path(0)
                        .path("series")
                        .path(0)
                        .path("values")
                        .path(0);
        if (values.isMissingNode()) {
            return -1;
        }
        double max = -1;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).isNumber()) {
                max = Math.max(max, values.get(i).asDouble());
            }
        }
        return (long) max;
    }

    /**
     * The probe key result is read only once it has had an event: sends probes every 500 ms until
     * one is counted and the load has run for {@code steadyAfter}, then waits until all are.
     * Returns how many were sent.
     */
    private static long warmUp(
            KafkaProducer<byte[], byte[]> producer,
            String topic,
            InfluxHttpClient influx,
            String database,
            Duration within,
            Duration steadyAfter)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        long steady = System.nanoTime() + steadyAfter.toNanos();
        long sent = 0;
        long lastSend = 0;
        while (probesCounted(influx, database) < 1 || System.nanoTime() < steady) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the live pipeline wrote no reading of the probe key result within "
                                + within);
            }
            if (System.currentTimeMillis() - lastSend >= 500) {
                lastSend = System.currentTimeMillis();
                producer.send(new ProducerRecord<>(topic, probeEvent(sent++, lastSend)));
                producer.flush();
            }
            Thread.sleep(50);
        }
        while (probesCounted(influx, database) < sent) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the warm-up probes were not all counted");
            }
            Thread.sleep(50);
        }
        return sent;
    }

    /** The records on the topic so far, over its partitions. */
    private static long endOffset(KafkaClientSettings kafka, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        kafka.toProperties(),
                        new ByteArrayDeserializer(),
                        new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaClientSettings kafka) {
        Properties p = kafka.toProperties();
        p.put("acks", "all");
        p.put("linger.ms", "0");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
