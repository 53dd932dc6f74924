package dev.okr.simulator;

import dev.okr.connectors.kafka.KafkaTopics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends a {@link Simulator}'s records to Kafka: a batching, lz4-compressing producer; the topic is
 * created when missing with unlimited retention, since history records carry old timestamps that
 * time-based retention would delete at once. A failed send stops the run with its cause.
 */
final class SimulatorPublisher implements AutoCloseable {

    private final Simulator simulator;
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long records;
    private long malformed;
    private long duplicates;

    SimulatorPublisher(Simulator simulator) {
        this.simulator = simulator;
        createTopic();
        Properties props = simulator.kafka.toProperties();
        props.put("acks", "all");
        props.put("linger.ms", "10");
        props.put("batch.size", Integer.toString(256 * 1024));
        props.put("compression.type", "lz4");
        props.put("buffer.memory", Long.toString(64L * 1024 * 1024));
        this.producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    SimulatorReport run() {
        SimulationPlay play = new SimulationPlay(simulator);
        long end = simulator.historyEnd().toEpochMilli();
        SimulatedRecord r;
        while ((r = simulator.nextPublished(play, end)) != null) {
            send(r);
        }
        producer.flush();
        throwIfFailed();
        if (simulator.to == null || simulator.to.isAfter(simulator.clock.instant())) {
            live(play);
        }
        producer.flush();
        throwIfFailed();
        return new SimulatorReport(records, malformed, duplicates);
    }

    /** Plays live at the rate until the range ends or the thread is interrupted. */
    private void live(SimulationPlay play) {
        simulator.progress.live = true;
        double rate = simulator.liveEventsPerSecond;
        long started = simulator.clock.millis();
        long sent = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long now = simulator.clock.millis();
            if (simulator.to != null && now >= simulator.to.toEpochMilli()) {
                return;
            }
            long due = (long) ((now - started) / 1000.0 * rate);
            if (sent >= due) {
                try {
                    Thread.sleep(Math.max(1, (long) (1000 / rate)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                continue;
            }
            play.stepLive(now);
            SimulatedRecord r;
            while ((r = play.pollLive()) != null) {
                send(r);
                sent++;
            }
            throwIfFailed();
        }
    }

    private void send(SimulatedRecord r) {
        Long timestamp = r.kafkaTimestamp() >= 0 ? r.kafkaTimestamp() : null;
        producer.send(
                new ProducerRecord<>(simulator.topic, null, timestamp, r.key(), r.value()),
                (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
        records++;
        simulator.progress.records.incrementAndGet();
        if (r.intendedReject() != null) {
            malformed++;
            simulator.progress.malformed.incrementAndGet();
        } else {
            simulator.progress.latestEventMillis =
                    r.kafkaTimestamp() >= 0 ? r.kafkaTimestamp() : simulator.clock.millis();
        }
        if (r.duplicate()) {
            duplicates++;
        }
    }

    private void throwIfFailed() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException(
                    "could not publish to "
                            + simulator.topic
                            + " on "
                            + simulator.kafka
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private void createTopic() {
        NewTopic topic =
                new NewTopic(simulator.topic, Optional.of(simulator.partitions), Optional.empty())
                        .configs(Map.of("retention.ms", "-1"));
        KafkaTopics.createIfMissing(simulator.kafka, topic);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
