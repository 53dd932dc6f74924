package dev.okr.job.ingest;

import dev.okr.connectors.kafka.DeadLetterSerializationSchema;
import dev.okr.connectors.kafka.KafkaClientSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

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
        try (Admin admin = Admin.create(kafka.toProperties())) {
            if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                return;
            }
            admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "could not create the dead-letter topic " + topic + " on " + kafka,
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka did not answer within 30 s while creating the dead-letter topic "
                            + topic
                            + " on "
                            + kafka,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        }
    }
}
