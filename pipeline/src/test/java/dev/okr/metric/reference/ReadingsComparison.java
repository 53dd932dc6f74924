package dev.okr.metric.reference;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differences between the reference's readings and another implementation's, one readable line
 * each: the key result, the instant (in the OKR file's zone, with its offset) or the window, and
 * the expected value beside the actual one. Percentile readings may differ by 1% (see {@link
 * ReadingTolerance}); every other value must be equal.
 *
 * <pre>{@code
 * ReadingsComparison diff = ReadingsComparison.of(okrs, reference, engine);
 * assertThat(diff.differences()).as(diff.summary()).isEmpty();
 * }</pre>
 */
public final class ReadingsComparison {

    private final List<String> differences;

    private ReadingsComparison(List<String> differences) {
        this.differences = List.copyOf(differences);
    }

    /** Compares {@code actual} with the reference's {@code expected} readings of these OKRs. */
    public static ReadingsComparison of(OkrSet okrs, ReadingSet expected, ReadingSet actual) {
        List<String> lines = new ArrayList<>();
        Map<String, KeyResult> krs =
                okrs.keyResults().stream().collect(Collectors.toMap(KeyResult::id, k -> k));
        ZoneId zone = okrs.zone();
        Map<String, KrReading> want = byKey(expected.readings(), r -> readingKey(r, zone), lines);
        Map<String, KrReading> got = byKey(actual.readings(), r -> readingKey(r, zone), lines);
        want.forEach(
                (key, w) -> {
                    KrReading g = got.get(key);
                    if (g == null) {
                        lines.add(key + ": missing reading, expected " + describe(w));
                        return;
                    }
                    KeyResult kr = krs.get(w.kr());
                    compare(kr, key + " value", w.value(), g.value(), lines);
                    compare(kr, key + " live_value", w.liveValue(), g.liveValue(), lines);
                });
        got.forEach(
                (key, g) -> {
                    if (!want.containsKey(key)) {
                        lines.add(key + ": unexpected reading " + describe(g));
                    }
                });
        Map<String, WindowReading> wantWindows =
                byKey(expected.windows(), w -> windowKey(w, zone), lines);
        Map<String, WindowReading> gotWindows =
                byKey(actual.windows(), w -> windowKey(w, zone), lines);
        wantWindows.forEach(
                (key, w) -> {
                    WindowReading g = gotWindows.get(key);
                    OptionalDouble actualValue =
                            g == null ? OptionalDouble.empty() : OptionalDouble.of(g.value());
                    compare(krs.get(w.kr()), key, OptionalDouble.of(w.value()), actualValue, lines);
                });
        gotWindows.forEach(
                (key, g) -> {
                    if (!wantWindows.containsKey(key)) {
                        lines.add(key + ": expected no window value, actual " + g.value());
                    }
                });
        return new ReadingsComparison(lines);
    }

    /** One line per difference, by key result then instant; empty when the two agree. */
    public List<String> differences() {
        return differences;
    }

    /** Whether the two reading sets agree. */
    public boolean matches() {
        return differences.isEmpty();
    }

    /** The number of differences and the first 40 of them, for an assertion message. */
    public String summary() {
        String shown = differences.stream().limit(40).collect(Collectors.joining("\n  "));
        String more = differences.size() > 40 ? "\n  ... and " + (differences.size() - 40) : "";
        return differences.size() + " differences:\n  " + shown + more;
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Adds a line when the two values differ beyond the metric's tolerance. */
    static void compare(
            KeyResult kr,
            String what,
            OptionalDouble expected,
            OptionalDouble actual,
            List<String> lines) {
        boolean same =
                expected.isPresent() == actual.isPresent()
                        && (expected.isEmpty()
                                || ReadingTolerance.accepts(
                                        kr.metric(), expected.getAsDouble(), actual.getAsDouble()));
        if (!same) {
            lines.add(what + ": expected " + text(expected) + ", actual " + text(actual));
        }
    }

    static String readingKey(KrReading r, ZoneId zone) {
        return r.kr() + " at " + local(r.at(), zone);
    }

    static String windowKey(WindowReading w, ZoneId zone) {
        return w.kr() + " window " + w.window() + " from " + local(w.start(), zone);
    }

    /**
     * An instant as local time with its offset, which tells the two 02:30 of a 25-hour day apart.
     */
    static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    static String text(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(value.getAsDouble()) : "no value";
    }

    private static String describe(KrReading r) {
        return "value " + text(r.value()) + ", live_value " + text(r.liveValue());
    }

    // Sorted by key, so that the lines of one key result come together and in time order.
    private static <T> Map<String, T> byKey(
            Iterable<T> items, Function<T, String> key, List<String> lines) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                lines.add(key.apply(item) + ": written twice");
            }
        }
        return map;
    }
}
