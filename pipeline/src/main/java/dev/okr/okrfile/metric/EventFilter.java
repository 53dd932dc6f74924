package dev.okr.okrfile.metric;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which events a metric counts: the common options {@code events} and {@code where} (SPEC §4). An
 * empty {@code events} set means any activity event ({@code track}, {@code page} or {@code screen}
 * call), as when the option is omitted or {@code "*"}; otherwise only {@code track} events with one
 * of these names match. Every {@code where} condition must hold.
 */
public record EventFilter(Set<String> events, List<Condition> where) implements Serializable {

    public EventFilter {
        events = sortedCopy(events);
        where = List.copyOf(where);
    }

    /**
     * An unmodifiable copy in name order, so that a metric prints the same in every JVM (the engine
     * compares the printed plan with a savepoint's).
     */
    static Set<String> sortedCopy(Set<String> names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** Any activity event, with no conditions. */
    public static EventFilter anyActivity() {
        return new EventFilter(Set.of(), List.of());
    }

    /** Track events with one of these names, with no conditions. */
    public static EventFilter events(String... names) {
        return new EventFilter(Set.of(names), List.of());
    }

    /** This filter with these conditions instead of its own. */
    public EventFilter where(List<Condition> conditions) {
        return new EventFilter(events, conditions);
    }

    /** Whether every activity event passes the name test ({@code events} omitted or "*"). */
    public boolean anyActivityEvent() {
        return events.isEmpty();
    }

    /**
     * Whether an activity event matches: its name passes and every condition holds.
     *
     * @param trackEvent the {@code event} of a {@code track} call; {@code null} for a {@code page}
     *     or {@code screen} call. The caller passes activity events only.
     * @param properties the event's properties
     */
    public boolean matches(String trackEvent, PropertyLookup properties) {
        if (!events.isEmpty() && (trackEvent == null || !events.contains(trackEvent))) {
            return false;
        }
        for (Condition condition : where) {
            if (!condition.test(properties)) {
                return false;
            }
        }
        return true;
    }
}
