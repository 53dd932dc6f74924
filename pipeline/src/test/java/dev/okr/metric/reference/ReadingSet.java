package dev.okr.metric.reference;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a bounded run writes about metrics: every key result's reading at every reading
 * instant, and the value of every complete window.
 */
public record ReadingSet(Set<KrReading> readings, Set<WindowReading> windows) {

    public ReadingSet {
        readings = Set.copyOf(readings);
        windows = Set.copyOf(windows);
    }

    /** The reading of a key result at an instant, if there is one. */
    public Optional<KrReading> reading(String kr, Instant at) {
        return readings.stream().filter(r -> r.kr().equals(kr) && r.at().equals(at)).findFirst();
    }

    /** The value of a key result's window starting at {@code start}, if it has one. */
    public Optional<WindowReading> window(String kr, String window, Instant start) {
        return windows.stream()
                .filter(w -> w.kr().equals(kr) && w.window().equals(window))
                .filter(w -> w.start().equals(start))
                .findFirst();
    }
}
