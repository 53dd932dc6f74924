package dev.okr.job.ingest;

import dev.okr.connectors.kafka.DeadLetterSerializationSchema;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.KafkaTopics;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the dead-letter topic when it is missing, before the job starts. */
final class DeadLetterTopic {

    private DeadLetterTopic() {}

    /**
     * Creates {@code topic} with the broker's default partitions and replication, accepting records
     * up to the dead-letter limit, unless it exists.
     *
     * @throws IllegalStateException when the brokers cannot be reached or refuse
     */
    static void ensureExists(KafkaClientSettings kafka, String topic) {
        NewTopic newTopic =
                new NewTopic(topic, Optional.empty(), Optional.empty())
                        .configs(
                                Map.of(
                                        "max.message.bytes",
                                        Integer.toString(
                                                DeadLetterSerializationSchema.MAX_REQUEST_BYTES)));
        KafkaTopics.createIfMissing(kafka, newTopic);
    }
}
