package dev.okr.metric.reference;

import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.RetentionMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code retention} (SPEC §4): cohort(u) is the day of u's first {@code cohort_event}; u is
 * retained when a return event (any activity by default) falls on day cohort + {@code day} ({@code
 * on_day}) or on any day from then until the reading instant ({@code on_or_after}). A cohort is
 * mature when day cohort + {@code day} is complete.
 *
 * <p>Choice: the {@code where} conditions test u's first {@code cohort_event} (docs/okr-file.md:
 * "follows the users whose first feature use was Insights"); u is in no cohort when it fails them.
 */
final class RetentionEvaluator {

    private RetentionEvaluator() {}

    /** The cohort days mature at {@code at}, from the events before it, oldest first. */
    static List<CohortDay> matureDays(
            RetentionMetric metric, List<AcceptedEvent> known, Instant at, CalendarWindows cal) {
        Map<LocalDate, List<AcceptedEvent>> cohorts =
                FirstEvents.byDay(known, metric.cohortEvent(), metric.where(), cal);
        Map<String, List<AcceptedEvent>> byUser =
                known.stream().collect(Collectors.groupingBy(AcceptedEvent::identity));
        List<CohortDay> mature = new ArrayList<>();
        cohorts.forEach(
                (day, firsts) -> {
                    LocalDate returnDay = day.plusDays(metric.day());
                    if (!cal.endOf(returnDay).isAfter(at)) {
                        long retained =
                                firsts.stream()
                                        .filter(
                                                f ->
                                                        returned(
                                                                metric,
                                                                byUser.get(f.identity()),
                                                                returnDay,
                                                                cal))
                                        .count();
                        mature.add(new CohortDay(day, firsts.size(), retained));
                    }
                });
        return mature;
    }

    private static boolean returned(
            RetentionMetric metric,
            List<AcceptedEvent> eventsOfUser,
            LocalDate returnDay,
            CalendarWindows cal) {
        Instant from = cal.startOf(returnDay);
        Instant to = cal.endOf(returnDay);
        return eventsOfUser.stream()
                .filter(e -> isReturn(metric, e))
                .filter(e -> !e.time().isBefore(from))
                .anyMatch(e -> metric.mode() == RetentionMode.ON_OR_AFTER || e.time().isBefore(to));
    }

    private static boolean isReturn(RetentionMetric metric, AcceptedEvent event) {
        return event.isActivity()
                && (metric.anyActivityReturns()
                        || ("track".equals(event.type())
                                && metric.returnEvents().contains(event.trackEvent())));
    }
}
