package dev.okr.metric.reference;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One hand-computed fact about a run: a key result's value or live value at an instant, a window's
 * value, how many readings a key result has, or the reason a record is rejected. Values are checked
 * exactly, except percentiles, which may be within 1% (see {@link ReadingTolerance}).
 */
public sealed interface Expectation {

    /**
     * Adds a line to {@code differences} when {@code actual} contradicts this expectation. A {@link
     * Rejected} expectation is about the dead-letter output, not readings: it passes here.
     */
    void check(OkrSet okrs, ReadingSet actual, List<String> differences);

    /** The key result's reading at {@code at} has this value (empty: no value). */
    record Value(String kr, Instant at, OptionalDouble value) implements Expectation {
        @Override
        public void check(OkrSet okrs, ReadingSet actual, List<String> differences) {
            String what = kr + " at " + ReadingsComparison.local(at, okrs.zone()) + " value";
            Optional<OptionalDouble> got = actual.reading(kr, at).map(KrReading::value);
            compare(okrs, kr, what, value, got, differences);
        }
    }

    /** The key result's reading at {@code at} has this live value (empty: none). */
    record LiveValue(String kr, Instant at, OptionalDouble value) implements Expectation {
        @Override
        public void check(OkrSet okrs, ReadingSet actual, List<String> differences) {
            String what = kr + " at " + ReadingsComparison.local(at, okrs.zone()) + " live_value";
            Optional<OptionalDouble> got = actual.reading(kr, at).map(KrReading::liveValue);
            compare(okrs, kr, what, value, got, differences);
        }
    }

    /** The window starting at {@code start} has this value (empty: no window value is written). */
    record WindowValue(String kr, String window, Instant start, OptionalDouble value)
            implements Expectation {
        @Override
        public void check(OkrSet okrs, ReadingSet actual, List<String> differences) {
            String what =
                    kr
                            + " window "
                            + window
                            + " from "
                            + ReadingsComparison.local(start, okrs.zone());
            OptionalDouble got =
                    actual.window(kr, window, start)
                            .map(w -> OptionalDouble.of(w.value()))
                            .orElse(OptionalDouble.empty());
            compare(okrs, kr, what, value, Optional.of(got), differences);
        }
    }

    /** The key result has exactly this many readings, the first and last at these instants. */
    record ReadingCount(String kr, int count, Instant first, Instant last) implements Expectation {
        @Override
        public void check(OkrSet okrs, ReadingSet actual, List<String> differences) {
            List<Instant> instants =
                    actual.readings().stream()
                            .filter(r -> r.kr().equals(kr))
                            .map(KrReading::at)
                            .sorted()
                            .toList();
            String got =
                    instants.isEmpty()
                            ? "none"
                            : instants.size()
                                    + " from "
                                    + instants.get(0)
                                    + " to "
                                    + instants.get(instants.size() - 1);
            String want = count + " from " + first + " to " + last;
            if (!got.equals(want)) {
                differences.add(kr + " readings: expected " + want + ", actual " + got);
            }
        }
    }

    /** The record at {@code index} (from 0, in topic order) is rejected with this reason code. */
    record Rejected(int index, String reason) implements Expectation {
        @Override
        public void check(OkrSet okrs, ReadingSet actual, List<String> differences) {
            // Checked against the dead-letter output by whoever runs the case.
        }
    }

    static Expectation value(String kr, Instant at, double value) {
        return new Value(kr, at, OptionalDouble.of(value));
    }

    static Expectation noValue(String kr, Instant at) {
        return new Value(kr, at, OptionalDouble.empty());
    }

    static Expectation live(String kr, Instant at, double value) {
        return new LiveValue(kr, at, OptionalDouble.of(value));
    }

    static Expectation noLive(String kr, Instant at) {
        return new LiveValue(kr, at, OptionalDouble.empty());
    }

    static Expectation window(String kr, String window, Instant start, double value) {
        return new WindowValue(kr, window, start, OptionalDouble.of(value));
    }

    static Expectation noWindow(String kr, String window, Instant start) {
        return new WindowValue(kr, window, start, OptionalDouble.empty());
    }

    static Expectation readings(String kr, int count, Instant first, Instant last) {
        return new ReadingCount(kr, count, first, last);
    }

    static Expectation rejected(int index, String reason) {
        return new Rejected(index, reason);
    }

    private static void compare(
            OkrSet okrs,
            String kr,
            String what,
            OptionalDouble expected,
            Optional<OptionalDouble> actual,
            List<String> differences) {
        if (actual.isEmpty()) {
            differences.add(what + ": no reading, expected " + ReadingsComparison.text(expected));
            return;
        }
        KeyResult keyResult =
                okrs.keyResults().stream()
                        .filter(k -> k.id().equals(kr))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no key result " + kr));
        ReadingsComparison.compare(keyResult, what, expected, actual.get(), differences);
    }
}
