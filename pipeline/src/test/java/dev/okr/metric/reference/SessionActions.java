package dev.okr.metric.reference;

import static dev.okr.metric.reference.SegmentEvent.call;
import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.screen;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * What a simulated user does during a session, one random action at a time: pages and screens,
 * searches, feature use, API requests, projects, feedback, errors, orders, tickets (answered by an
 * agent later, or never), surveys (a few answers out of range), and calls that are not activity.
 */
final class SessionActions {

    private final SimulationClock clock;
    private final String userId;
    private final UnaryOperator<SegmentEvent> asUser;
    private final BiConsumer<SegmentEvent, Instant> send;
    private int tickets;

    SessionActions(
            SimulationClock clock,
            String userId,
            UnaryOperator<SegmentEvent> asUser,
            BiConsumer<SegmentEvent, Instant> send) {
        this.clock = clock;
        this.userId = userId;
        this.asUser = asUser;
        this.send = send;
    }

    void act(Instant t) {
        switch (clock.random().nextInt(14)) {
            case 0, 1 -> {
                String name = clock.oneOf("Home", "Dashboard", "Pricing", "Settings", "Docs");
                mine(
                        page(name)
                                .property("path", "/" + name.toLowerCase(Locale.ROOT))
                                .property("load_ms", 100 + (int) clock.skewed(700)),
                        t);
            }
            case 2 ->
                    mine(
                            screen(clock.oneOf("Home", "Project", "Settings"))
                                    .property("load_ms", 80 + (int) clock.skewed(500)),
                            t);
            case 3, 4 ->
                    mine(
                            track("Search Performed")
                                    .property("latency_ms", 20 + (int) clock.skewed(180))
                                    .property("results", clock.random().nextInt(40)),
                            t);
            case 5 ->
                    mine(
                            track("Feature Used")
                                    .property(
                                            "feature", clock.oneOf("insights", "export", "alerts"))
                                    .property(
                                            "client.platform",
                                            clock.oneOf("web", "ios", "android")),
                            t);
            case 6 ->
                    mine(
                            track("API Request")
                                    .property("endpoint", clock.oneOf("/projects", "/search"))
                                    .property(
                                            "status",
                                            clock.oneOf(
                                                    200, 200, 200, 200, 200, 201, 404, 500, 503))
                                    .property("latency_ms", 5 + (int) clock.skewed(60)),
                            t);
            case 7 -> mine(track("Project Created").property("template", "blank"), t);
            case 8 ->
                    mine(
                            track("Feedback Submitted")
                                    .property(
                                            "topic",
                                            clock.oneOf("onboarding", "insights", "billing"))
                                    .property("sentiment", clock.oneOf("positive", "negative")),
                            t);
            case 9 ->
                    mine(
                            track("Configuration Error Reported")
                                    .property("setting", clock.oneOf("sso", "webhooks")),
                            t);
            case 10 -> order(t);
            case 11 -> ticket(t);
            case 12 -> survey(t);
            default ->
                    mine(
                            call(clock.oneOf("identify", "group"))
                                    .field("traits", Map.of("plan", "pro")),
                            t);
        }
    }

    private void order(Instant t) {
        SegmentEvent order =
                track("Order Completed")
                        .property("revenue", clock.skewed(40))
                        .property("currency", "USD")
                        .property("plan", clock.oneOf("free", "pro", "team"));
        mine(clock.chance(0.2) ? order.property("coupon", "AUTUMN") : order, t);
    }

    private void ticket(Instant t) {
        String id = "T-" + userId + "-" + ++tickets;
        mine(
                track("Ticket Created")
                        .property("ticket_id", id)
                        .property("channel", clock.oneOf("email", "chat")),
                t);
        if (clock.chance(0.8)) {
            // Agents answer from their own accounts: the key is the ticket, not the user.
            Instant reply =
                    clock.after(t, clock.chance(0.8) ? Duration.ofHours(8) : Duration.ofHours(40));
            send.accept(
                    track("Ticket Replied")
                            .user(clock.oneOf("agent-1", "agent-2"))
                            .property("ticket_id", id)
                            .property("agent", "support"),
                    reply);
        }
    }

    private void survey(Instant t) {
        if (clock.chance(0.5)) {
            Object score =
                    clock.chance(0.95) ? clock.random().nextInt(11) : clock.oneOf(11, "9", 9.5);
            mine(track("NPS Survey Submitted").property("score", score), t);
        } else {
            mine(
                    track("CSAT Survey Submitted")
                            .property("rating", 1 + clock.random().nextInt(5)),
                    t);
        }
    }

    private void mine(SegmentEvent event, Instant t) {
        send.accept(asUser.apply(event), t);
    }
}
