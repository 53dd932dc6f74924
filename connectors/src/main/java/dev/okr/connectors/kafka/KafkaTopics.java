package dev.okr.connectors.kafka;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics the pipeline writes to (the dead letters, the simulator's events) when missing.
 */
public final class KafkaTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaTopics() {}

    /**
     * Creates {@code topic} unless it exists.
     *
     * @throws IllegalStateException when the brokers refuse, or do not answer within 30 s; the
     *     message names the topic and the brokers, never a secret
     */
    public static void createIfMissing(KafkaClientSettings kafka, NewTopic topic) {
        Admin admin = Admin.create(kafka.toProperties());
        try {
            if (!admin.listTopics()
                    .names()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .contains(topic.name())) {
                admin.createTopics(List.of(topic)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "could not create the topic "
                                + topic.name()
                                + " on "
                                + kafka
                                + ": "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    kafka
                            + " did not answer within "
                            + TIMEOUT.toSeconds()
                            + " s while creating the topic "
                            + topic.name(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while creating the topic " + topic.name(), e);
        } finally {
            // Do not wait for calls still retrying against brokers that do not answer.
            admin.close(Duration.ofSeconds(1));
        }
    }
}
