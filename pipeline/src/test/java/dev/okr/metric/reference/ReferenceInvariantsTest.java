package dev.okr.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sanity checks of the reference on random streams: properties any correct engine has. */
class ReferenceInvariantsTest {

    private static final Instant END = RandomEventStreams.end();
    private static final OkrSet OKRS = RandomEventStreams.okrs();

    /** Counts and active users of any activity in every window kind, to compare with each other. */
    private static final String COUNTS =
            """
            period: {start: 2026-10-20, end: 2026-11-05}
            timezone: Europe/Oslo
            objectives:
              - id: counts
                title: Counts and users side by side
                team: reference
                owner: oracle@example.com
                key_results:
            """
                    + pair("hourly", "hour")
                    + pair("daily", "day")
                    + pair("weekly", "week")
                    + pair("last-7-days", "trailing_7d")
                    + pair("so-far", "period");

    private static RandomEventStream stream;
    private static ReferenceMetricEngine engine;
    private static ReadingSet readings;
    private static ReadingSet counts;

    @BeforeAll
    static void compute() throws Exception {
        stream = RandomEventStreams.generate(7L);
        engine = new ReferenceMetricEngine(OKRS, stream.records(), END);
        readings = engine.readings();
        counts =
                ReferenceMetricEngine.compute(
                        OkrFileLoader.loadText("counts.yaml", COUNTS), stream.records(), END);
    }

    @Test
    void aPeriodCountNeverDecreasesFromOneDayToTheNext() {
        for (String kr : List.of("config-error-users", "smallest-mrr", "insights-feedback")) {
            List<Double> values = series(readings, kr);
            boolean isMin = kr.equals("smallest-mrr");
            for (int i = 1; i < values.size(); i++) {
                assertThat(isMin ? -values.get(i) : values.get(i))
                        .as("%s at reading %d", kr, i)
                        .isGreaterThanOrEqualTo(isMin ? -values.get(i - 1) : values.get(i - 1));
            }
            assertThat(values).as(kr).hasSizeGreaterThan(10);
        }
    }

    @Test
    void theLiveValueOfACountNeverDecreasesAsTGrowsWithinItsWindow() {
        KeyResult daily = keyResult(OKRS, "paid-signups");
        KeyResult weekly = keyResult(OKRS, "weekly-actives");
        Instant day =
                ZonedDateTime.of(2026, 10, 28, 0, 0, 0, 0, RandomEventStreams.ZONE).toInstant();
        double lastDaily = 0;
        double lastWeekly = 0;
        for (Instant t = day.plusSeconds(1);
                t.isBefore(day.plus(Duration.ofDays(1)));
                t = t.plus(Duration.ofMinutes(30))) {
            double d = engine.readingAt(daily, t).liveValue().orElse(0);
            double w = engine.readingAt(weekly, t).liveValue().orElse(0);
            assertThat(d).as("paid sign-ups so far at %s", t).isGreaterThanOrEqualTo(lastDaily);
            assertThat(w).as("weekly actives so far at %s", t).isGreaterThanOrEqualTo(lastWeekly);
            lastDaily = d;
            lastWeekly = w;
        }
        assertThat(lastDaily + lastWeekly).as("the day has data").isPositive();
    }

    @Test
    void activeUsersNeverOutnumberEventsAndHourlyCountsAddUpToTheDay() {
        for (KrReading users : counts.readings()) {
            if (users.kr().startsWith("users-")) {
                String events = users.kr().replace("users-", "events-");
                KrReading count = counts.reading(events, users.at()).orElseThrow();
                assertThat(users.value().orElse(0))
                        .as("%s", users)
                        .isLessThanOrEqualTo(count.value().orElse(0));
                assertThat(users.value().isPresent()).isEqualTo(count.value().isPresent());
            }
        }
        for (WindowReading day : windows(counts, "events-daily")) {
            double hours =
                    windows(counts, "events-hourly").stream()
                            .filter(h -> !h.start().isBefore(day.start()))
                            .filter(h -> h.start().isBefore(nextDay(day.start())))
                            .mapToDouble(WindowReading::value)
                            .sum();
            assertThat(hours)
                    .as("the hours of the day from %s", day.start())
                    .isEqualTo(day.value());
        }
    }

    @Test
    void sharesStayBetweenZeroAndOneAndNpsBetweenMinusAndPlusHundred() {
        List<String> shares =
                OKRS.keyResults().stream()
                        .filter(
                                k ->
                                        k.metric() instanceof RetentionMetric
                                                || k.metric() instanceof ConversionMetric
                                                || List.of("error-rate", "uptime", "csat")
                                                        .contains(k.id()))
                        .map(KeyResult::id)
                        .toList();
        assertThat(shares).hasSize(8);
        for (String kr : shares) {
            assertThat(series(readings, kr)).as(kr).isNotEmpty().allMatch(v -> v >= 0 && v <= 1);
            assertThat(windows(readings, kr))
                    .as(kr)
                    .isNotEmpty()
                    .allMatch(w -> w.value() >= 0 && w.value() <= 1);
        }
        assertThat(series(readings, "nps")).isNotEmpty().allMatch(v -> v >= -100 && v <= 100);
        assertThat(series(readings, "support-response-time")).isNotEmpty().allMatch(v -> v >= 0);
    }

    @Test
    void everyWindowValueIsWhatTheKeyResultReadsWhenTheWindowHasJustEnded() {
        int checked = 0;
        for (WindowReading w : readings.windows()) {
            KeyResult kr = keyResult(OKRS, w.kr());
            if (kr.deadline().isPresent() || w.window().equals(WindowReading.COHORT_DAY)) {
                continue;
            }
            Instant end = windowEnd(w);
            OptionalDouble read = readings.reading(w.kr(), end).orElseThrow().value();
            assertThat(read.isPresent()).as("%s read at %s", w, end).isTrue();
            assertThat(read.getAsDouble()).as("%s", w).isCloseTo(w.value(), within(1e-9));
            checked++;
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void afterItsDeadlineAKeyResultReadsAsAtTheDeadlineEnd() {
        Instant deadlineEnd =
                ZonedDateTime.of(2026, 10, 29, 0, 0, 0, 0, RandomEventStreams.ZONE).toInstant();
        OptionalDouble atDeadline =
                readings.reading("insights-feedback", deadlineEnd).orElseThrow().value();

        assertThat(
                        readings.readings().stream()
                                .filter(r -> r.kr().equals("insights-feedback"))
                                .filter(r -> r.at().isAfter(deadlineEnd)))
                .hasSize(8)
                .allMatch(r -> r.value().equals(atDeadline));
        Instant start = OKRS.period().startIn(OKRS.zone());
        assertThat(readings.window("insights-feedback", "period", start).orElseThrow().value())
                .as("the period's window value is not frozen: feedback came after the deadline")
                .isGreaterThan(atDeadline.orElseThrow());
    }

    @Test
    void baselineAutoIsTheReadingAtThePeriodStart() {
        Instant start = OKRS.period().startIn(OKRS.zone());

        assertThat(engine.autoBaseline("weekly-actives"))
                .isEqualTo(readings.reading("weekly-actives", start).orElseThrow().value())
                .isPresent();
        assertThat(engine.autoBaseline("monthly-revenue")).isPresent();
    }

    @Test
    void producingEveryRecordTwiceChangesNoReading() {
        RandomEventStream small = RandomEventStreams.generate(11L, 50, 10);
        List<TimedRecord> twice = new ArrayList<>();
        small.records()
                .forEach(
                        r -> {
                            twice.add(r);
                            twice.add(r);
                        });

        ReadingSet once = ReferenceMetricEngine.compute(OKRS, small.records(), END);
        ReadingSet again = ReferenceMetricEngine.compute(OKRS, twice, END);

        ReadingsComparison diff = ReadingsComparison.of(OKRS, once, again);
        assertThat(diff.differences()).as(diff.summary()).isEmpty();
    }

    @Test
    void aRunAsOfTReadsAtTWhatTheFullRunReadsAtT() {
        RandomEventStream small = RandomEventStreams.generate(12L, 50, 10);
        Instant asOf =
                ZonedDateTime.of(2026, 10, 30, 15, 20, 0, 0, RandomEventStreams.ZONE).toInstant();
        assertThat(small.lateRuleIsClearAt(asOf)).isTrue();
        ReferenceMetricEngine full = new ReferenceMetricEngine(OKRS, small.records(), END);

        ReadingSet early = ReferenceMetricEngine.compute(OKRS, small.records(), asOf);

        for (KeyResult kr : OKRS.keyResults()) {
            assertThat(early.reading(kr.id(), asOf)).as(kr.id()).contains(full.readingAt(kr, asOf));
        }
        assertThat(early.readings().stream().map(KrReading::at)).allMatch(t -> !t.isAfter(asOf));
        assertThat(full.acceptance().accepted().stream().filter(e -> e.time().isAfter(asOf)))
                .as("the full run has events after T that the early one ignores")
                .isNotEmpty();
    }

    private static String pair(String name, String window) {
        return CaseText.kr("events-" + name, "{type: count, window: " + window + "}")
                + CaseText.kr("users-" + name, "{type: active_users, window: " + window + "}");
    }

    private static List<Double> series(ReadingSet set, String kr) {
        return set.readings().stream()
                .filter(r -> r.kr().equals(kr) && r.value().isPresent())
                .sorted(Comparator.comparing(KrReading::at))
                .map(r -> r.value().getAsDouble())
                .toList();
    }

    private static List<WindowReading> windows(ReadingSet set, String kr) {
        return set.windows().stream().filter(w -> w.kr().equals(kr)).toList();
    }

    private static KeyResult keyResult(OkrSet okrs, String id) {
        return okrs.keyResults().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private static Instant nextDay(Instant dayStart) {
        LocalDate day = LocalDate.ofInstant(dayStart, RandomEventStreams.ZONE);
        return day.plusDays(1).atStartOfDay(RandomEventStreams.ZONE).toInstant();
    }

    /** Where a window ends: the instant the key result first reads it. */
    private static Instant windowEnd(WindowReading w) {
        ZonedDateTime start = w.start().atZone(RandomEventStreams.ZONE);
        Map<String, ZonedDateTime> ends =
                Map.of(
                        "hour", start.plusHours(1),
                        "day", start.plusDays(1),
                        "week", start.plusWeeks(1),
                        "month", start.plusMonths(1),
                        "trailing_7d", start.plusDays(7),
                        "trailing_28d", start.plusDays(28));
        ZonedDateTime end = ends.get(w.window());
        return end == null ? END : end.toInstant();
    }
}
