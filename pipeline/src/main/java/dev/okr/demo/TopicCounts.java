package dev.okr.demo;

import dev.okr.connectors.kafka.KafkaClientSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** How many records a topic holds: the sum over its partitions of latest minus earliest offset. */
final class TopicCounts implements AutoCloseable {

    private final Admin admin;

    TopicCounts(KafkaClientSettings kafka) {
        this.admin = Admin.create(kafka.toProperties());
    }

    /**
     * The records in {@code topic}; 0 when it does not exist yet.
     *
     * @throws IllegalStateException when the broker does not answer within 10 s
     */
    long records(String topic) throws InterruptedException {
        try {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                return 0;
            }
            TopicDescription description =
                    admin.describeTopics(java.util.List.of(topic))
                            .allTopicNames()
                            .get(10, TimeUnit.SECONDS)
                            .get(topic);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description
                    .partitions()
                    .forEach(
                            p -> {
                                TopicPartition tp = new TopicPartition(topic, p.partition());
                                earliest.put(tp, OffsetSpec.earliest());
                                latest.put(tp, OffsetSpec.latest());
                            });
            long first = sum(earliest);
            return sum(latest) - first;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "could not count the records of " + topic + ": " + e.getMessage(), e);
        }
    }

    private long sum(Map<TopicPartition, OffsetSpec> specs)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listOffsets(specs).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset())
                .sum();
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
