package dev.okr.metric.reference;

import dev.okr.okrfile.metric.ConversionMetric;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code conversion} (SPEC §4): entry(u) is the time of u's first {@code from} event; u converted
 * when one of u's {@code to} events follows within {@code within}. Entrants are grouped by entry
 * day.
 *
 * <p>Choices: the {@code where} conditions test u's first {@code from} event, as for retention. A
 * {@code to} event converts when its time t satisfies entry &lt;= t &lt; entry + within ("follows"
 * includes the same instant, as "at or after" does for duration; the half-open end makes a day's
 * value final once it is mature). An entry day is mature at an instant when it is complete and
 * every one of its entrants' entry + within is at or before that instant.
 */
final class ConversionEvaluator {

    private ConversionEvaluator() {}

    /** The entry days mature at {@code at}, from the events before it, oldest first. */
    static List<CohortDay> matureDays(
            ConversionMetric metric, List<AcceptedEvent> known, Instant at, CalendarWindows cal) {
        Map<LocalDate, List<AcceptedEvent>> entrants =
                FirstEvents.byDay(known, metric.from(), metric.where(), cal);
        Map<String, List<AcceptedEvent>> byUser =
                known.stream().collect(Collectors.groupingBy(AcceptedEvent::identity));
        List<CohortDay> mature = new ArrayList<>();
        entrants.forEach(
                (day, entries) -> {
                    boolean complete = !cal.endOf(day).isAfter(at);
                    boolean allWithinPassed =
                            entries.stream()
                                    .allMatch(e -> !e.time().plus(metric.within()).isAfter(at));
                    if (complete && allWithinPassed) {
                        long converted =
                                entries.stream()
                                        .filter(e -> converted(metric, byUser.get(e.identity()), e))
                                        .count();
                        mature.add(new CohortDay(day, entries.size(), converted));
                    }
                });
        return mature;
    }

    private static boolean converted(
            ConversionMetric metric, List<AcceptedEvent> eventsOfUser, AcceptedEvent entry) {
        Instant deadline = entry.time().plus(metric.within());
        return eventsOfUser.stream()
                .filter(e -> e.isTrack(metric.to()))
                .anyMatch(e -> !e.time().isBefore(entry.time()) && e.time().isBefore(deadline));
    }
}
