package dev.okr.bench.internal;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.simulator.SimulatedRecord;
import dev.okr.simulator.Simulator;
import dev.okr.simulator.SimulatorReport;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A topic of simulated history for the bounded runs: {@code records} records spread over a fixed
 * range of the OKR period, from a fixed seed, so every bench publishes the same records. The
 * duplicate share is the simulator's default (0.2%).
 *
 * @param users the simulated product's users
 * @param distinctUsers the distinct user keys among the records (users, and anonymous visitors), or
 *     -1 when not counted
 */
public record SimulatedTopic(
        String name, long records, int users, long malformed, long distinctUsers) {

    /** Publishes the history; counts distinct users only when {@code countUsers}. */
    public static SimulatedTopic publish(
            String bootstrap,
            String topic,
            Instant from,
            Instant to,
            long records,
            int users,
            double malformedShare,
            boolean countUsers) {
        Simulator simulator =
                Simulator.builder()
                        .kafka(KafkaClientSettings.plaintext(bootstrap))
                        .topic(topic)
                        .partitions(2)
                        .from(from)
                        .to(to)
                        .count(records)
                        .users(users)
                        .malformedShare(malformedShare)
                        .seed(2026)
                        .build();
        SimulatorReport report = simulator.publish();
        long distinct = countUsers ? distinctUsers(simulator.history()) : -1;
        return new SimulatedTopic(topic, report.records(), users, report.malformed(), distinct);
    }

    private static long distinctUsers(Iterator<SimulatedRecord> history) {
        Set<ByteBuffer> keys = new HashSet<>();
        while (history.hasNext()) {
            byte[] key = history.next().key();
            if (key != null) {
                keys.add(ByteBuffer.wrap(key));
            }
        }
        return keys.size();
    }
}
