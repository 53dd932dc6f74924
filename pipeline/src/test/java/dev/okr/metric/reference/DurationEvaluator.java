package dev.okr.metric.reference;

import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.Statistic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code duration} (SPEC §4): per key, the time from its first {@code from} event to its first
 * {@code to} event at or after it; one sample per key, placed at the {@code to} event's time.
 *
 * <p>Choices: "first" is the earliest in event time, then in topic order. The {@code where}
 * conditions test that first {@code from} event only (docs/okr-file.md): a key whose first {@code
 * from} event fails them has no sample, even when a later one passes. A key that is a property
 * takes the property's scalar value, so {@code "17"} and {@code 17} are different keys, and events
 * without it are left out.
 */
final class DurationEvaluator {

    private DurationEvaluator() {}

    /** One sample: when the key reached {@code to}, and how long it took in the metric's unit. */
    record Sample(Instant at, double value) {}

    /** The statistic of the samples whose {@code to} event lies in the span. */
    static OptionalDouble value(DurationMetric metric, List<AcceptedEvent> known, Span span) {
        List<Double> values =
                samples(metric, known).stream()
                        .filter(s -> span.contains(s.at()))
                        .map(Sample::value)
                        .toList();
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        Statistic statistic = metric.statistic();
        return switch (statistic.kind()) {
            case MEAN -> values.stream().mapToDouble(Double::doubleValue).average();
            case MEDIAN, PERCENTILE -> NearestRank.of(values, statistic.percentile());
        };
    }

    /** Every key's sample from these events, keys without one left out. */
    static List<Sample> samples(DurationMetric metric, List<AcceptedEvent> known) {
        Map<Object, List<AcceptedEvent>> byKey = new LinkedHashMap<>();
        for (AcceptedEvent event : known) {
            if (event.isTrack(metric.from()) || event.isTrack(metric.to())) {
                Object key = metric.keyedByUser() ? event.identity() : event.get(metric.key());
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
                }
            }
        }
        List<Sample> samples = new ArrayList<>();
        for (List<AcceptedEvent> events : byKey.values()) {
            sampleOf(metric, events).ifPresent(samples::add);
        }
        return samples;
    }

    private static Optional<Sample> sampleOf(DurationMetric metric, List<AcceptedEvent> events) {
        Optional<AcceptedEvent> from =
                FirstEvents.first(events.stream().filter(e -> e.isTrack(metric.from())));
        if (from.isEmpty() || !metric.where().stream().allMatch(c -> c.test(from.get()))) {
            return Optional.empty();
        }
        Instant start = from.get().time();
        return FirstEvents.first(
                        events.stream()
                                .filter(e -> e.isTrack(metric.to()))
                                .filter(e -> !e.time().isBefore(start)))
                .map(
                        to ->
                                new Sample(
                                        to.time(),
                                        metric.valueOf(Duration.between(start, to.time()))));
    }
}
