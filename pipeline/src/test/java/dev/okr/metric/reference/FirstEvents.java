package dev.okr.metric.reference;

import dev.okr.okrfile.metric.Condition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "First" as SPEC §4 means it: the earliest event in event time among the accepted events read.
 * Choice: two events at the same instant are ordered by their position in the topic.
 */
final class FirstEvents {

    private FirstEvents() {}

    /** The first of these events, if any. */
    static Optional<AcceptedEvent> first(Stream<AcceptedEvent> events) {
        return events.reduce((a, b) -> b.isBefore(a) ? b : a);
    }

    /**
     * Each identity's first track event of this name, grouped by its local day, oldest day first;
     * an identity whose first such event fails the conditions is left out (the conditions choose
     * who starts: docs/okr-file.md).
     */
    static Map<LocalDate, List<AcceptedEvent>> byDay(
            List<AcceptedEvent> known,
            String event,
            List<Condition> where,
            CalendarWindows calendar) {
        Map<String, List<AcceptedEvent>> byUser =
                known.stream()
                        .filter(e -> e.isTrack(event))
                        .collect(Collectors.groupingBy(AcceptedEvent::identity));
        Map<LocalDate, List<AcceptedEvent>> byDay = new TreeMap<>();
        for (List<AcceptedEvent> events : byUser.values()) {
            AcceptedEvent first = first(events.stream()).orElseThrow();
            if (where.stream().allMatch(c -> c.test(first))) {
                byDay.computeIfAbsent(calendar.dayOf(first.time()), d -> new ArrayList<>())
                        .add(first);
            }
        }
        return byDay;
    }
}
