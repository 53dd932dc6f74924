package dev.okr.bench.internal;

import dev.okr.connectors.kafka.SegmentEventDeserializationSchema;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The limit ingestion is measured against: one plain Kafka consumer thread reading every record of
 * the topic as bytes, from the first record to the last (no group join, no parsing).
 */
public final class BareConsumerLimit {

    private BareConsumerLimit() {}

    /** Reads all {@code records} records of {@code topic}. */
    public static Measured readRate(String bootstrap, String topic, int partitions, long records) {
        return readRate(bootstrap, topic, partitions, records, false);
    }

    /**
     * Reads all {@code records} records of {@code topic}, and when {@code parse}, turns each into
     * an event or a reject in the same thread, as the pipeline's Kafka source does: what one
     * consumer thread that parses can reach, without Flink.
     */
    public static Measured readRate(
            String bootstrap, String topic, int partitions, long records, boolean parse) {
        SegmentEventDeserializationSchema schema = new SegmentEventDeserializationSchema();
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("enable.auto.commit", "false");
        p.put("max.poll.records", "5000");
        p.put("fetch.max.bytes", Integer.toString(64 << 20));
        p.put("max.partition.fetch.bytes", Integer.toString(8 << 20));
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> all = new java.util.ArrayList<>();
            for (int i = 0; i < partitions; i++) {
                all.add(new TopicPartition(topic, i));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            long read = 0;
            long bytes = 0;
            long first = 0;
            long firstCpu = 0;
            while (read < records) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofSeconds(5));
                if (batch.isEmpty()) {
                    throw new IllegalStateException(
                            "the topic ran dry after " + read + " of " + records + " records");
                }
                if (first == 0) {
                    first = System.nanoTime();
                    firstCpu = Measured.processCpuNanos();
                }
                for (var r : batch) {
                    bytes += parse ? schema.read(r).value().length : r.value().length;
                }
                read += batch.count();
            }
            if (bytes == 0) {
                throw new IllegalStateException("no bytes read");
            }
            return Measured.of(
                    read, first, System.nanoTime(), firstCpu, Measured.processCpuNanos());
        }
    }
}
