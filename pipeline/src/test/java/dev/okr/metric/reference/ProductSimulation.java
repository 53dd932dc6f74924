package dev.okr.metric.reference;

import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.screen;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simulated product over a stretch of days: registered customers who sign up on random days
 * ({@link SimulatedCustomer}), anonymous-only visitors, and the calls of the system itself (hourly
 * health checks, resolved incidents, daily ad spend). The result is every call in event-time order,
 * before delivery to Kafka.
 */
final class ProductSimulation {

    private final SimulationClock clock;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Instant end;
    private final List<SimulatedCall> calls = new ArrayList<>();

    ProductSimulation(SimulationClock clock, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
        this.clock = clock;
        this.zone = zone;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.end = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Every call of {@code customers} customers and {@code visitors} visitors, in time order. */
    List<SimulatedCall> run(int customers, int visitors) {
        long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        for (int i = 1; i <= customers; i++) {
            LocalDate signup = firstDay.plusDays(clock.random().nextInt((int) days));
            new SimulatedCustomer(clock, this::keep, i).live(signup, lastDay);
        }
        for (int i = 1; i <= visitors; i++) {
            visitor(String.format("visitor-%03d", i), days);
        }
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            system(day);
        }
        calls.sort(Comparator.comparing(SimulatedCall::time));
        return List.copyOf(calls);
    }

    /** Someone who never signs up: pages, screens and searches under an anonymousId only. */
    private void visitor(String anonymousId, long days) {
        int visits = 1 + clock.random().nextInt(3);
        for (int v = 0; v < visits; v++) {
            Instant t = clock.during(firstDay.plusDays(clock.random().nextInt((int) days)));
            SegmentEvent call =
                    switch (clock.random().nextInt(3)) {
                        case 0 ->
                                page("Home")
                                        .property("path", "/")
                                        .property("load_ms", 100 + (int) clock.skewed(900));
                        case 1 -> screen("Home").property("load_ms", 80 + (int) clock.skewed(600));
                        default ->
                                track("Search Performed")
                                        .property("latency_ms", 20 + (int) clock.skewed(250))
                                        .property("results", clock.random().nextInt(10));
                    };
            keep(new SimulatedCall(clock.stamp(call.anonymous(anonymousId), t), t));
        }
    }

    /**
     * Health checks every hour by instant (both 02:00 hours of a 25-hour day), spend, incidents.
     */
    private void system(LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
        for (Instant t = start.plus(Duration.ofMinutes(clock.random().nextInt(60)));
                t.isBefore(next);
                t = t.plus(Duration.ofHours(1))) {
            for (String service : List.of("api", "web")) {
                SegmentEvent check =
                        track("Health Check")
                                .anonymous("monitor")
                                .property("service", service)
                                .property("status", clock.chance(0.985) ? "up" : "down");
                keep(new SimulatedCall(clock.stamp(check, t), t));
            }
        }
        for (String channel : List.of("ads", "search")) {
            Instant t = clock.during(day);
            SegmentEvent spend =
                    track("Ad Spend Recorded")
                            .anonymous("marketing")
                            .property("channel", channel)
                            .property("amount", clock.skewed(300));
            keep(new SimulatedCall(clock.stamp(spend, t), t));
        }
        if (clock.chance(0.2)) {
            Instant t = clock.during(day);
            SegmentEvent incident =
                    track("Incident Resolved")
                            .user("oncall")
                            .property("service", clock.oneOf("api", "web"))
                            .property("severity", clock.oneOf("minor", "major"))
                            .property("downtime_minutes", clock.skewed(40));
            keep(new SimulatedCall(clock.stamp(incident, t), t));
        }
    }

    /** Keeps calls within the simulated days; a customer's later plans fall off the end. */
    private void keep(SimulatedCall call) {
        if (call.time().isBefore(end)) {
            calls.add(call);
        }
    }
}
