package dev.okr.benchmarks.metric;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.internal.SegmentEventParser;
import dev.okr.simulator.SimulatedRecord;
import dev.okr.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed simulated events for the micro-benchmarks: the first weeks of Q4 2026 from a fixed seed,
 * valid events only (0.2% of them duplicates of the one before, as the simulator sends).
 */
public final class SimulatedEvents {

    private SimulatedEvents() {}

    public static List<SegmentEvent> parsed(int count) {
        SegmentEventParser parser = new SegmentEventParser();
        List<SegmentEvent> events = new ArrayList<>(count);
        Instant to = Instant.parse("2026-10-21T00:00:00Z");
        Simulator.builder()
                .from(Instant.parse("2026-10-01T00:00:00Z"))
                .to(to)
                .count(count)
                .users(10_000)
                .clock(Clock.fixed(to, ZoneOffset.UTC))
                .build()
                .history()
                .forEachRemaining(
                        (SimulatedRecord r) -> {
                            SegmentEvent e = parser.parse(r.value(), r.kafkaTimestamp());
                            if (e != null) {
                                events.add(e);
                            }
                        });
        return events;
    }
}
