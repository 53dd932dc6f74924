package dev.okr.simulator;

import static dev.okr.simulator.ProductRates.*;

import java.time.Duration;

/**
 * One visit of a signed-up user: pages or screens, searches, API requests, features, and now and
 * then a survey answer, feedback, a ticket or an order; the session ends later.
 */
final class Sessions {

    private static final long SECOND = 1000;
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final String[] WEB_PAGES = {"Home", "Dashboard", "Settings", "Docs", "Pricing"};
    private static final String[] SCREENS = {"Home", "Project", "Settings"};

    private final Dice dice;
    private final Timeline timeline;
    private int sessions;
    private int tickets;

    Sessions(Dice dice, Timeline timeline) {
        this.dice = dice;
        this.timeline = timeline;
    }

    void play(long t, SimulatedUser user) {
        String session = "s-" + (++sessions);
        String id = user.id;
        timeline.emit(t, "track", "Session Started", id, null, "session_id", session);
        long at = views(t, t + SECOND, id);
        for (int i = 0, n = dice.nextInt(MAX_SEARCHES + 1); i < n; i++, at += 10 * SECOND) {
            double latency = dice.logNormal(dice.rate(SEARCH_LATENCY_MS, t), 0.5);
            timeline.emit(
                    at,
                    "track",
                    "Search Performed",
                    id,
                    null,
                    "latency_ms",
                    latency,
                    "results",
                    dice.nextInt(50));
        }
        for (int i = 0, n = 1 + dice.nextInt(MAX_API_REQUESTS); i < n; i++, at += 2 * SECOND) {
            int status = dice.chance(dice.rate(API_ERROR_RATE, t)) ? 500 + dice.nextInt(4) : 200;
            timeline.emit(
                    at,
                    "track",
                    "API Request",
                    id,
                    null,
                    "endpoint",
                    dice.pick("/projects", "/krs", "/search"),
                    "status",
                    status,
                    "latency_ms",
                    dice.logNormal(120, 0.4));
        }
        for (int f = 0; f < FEATURES.length; f++) {
            if (dice.chance(dice.rate(FEATURE_USE[f], t))) {
                timeline.emit(
                        at += 5 * SECOND,
                        "track",
                        "Feature Used",
                        id,
                        null,
                        "feature",
                        FEATURES[f]);
            }
        }
        voiceOfTheCustomer(t, at, id);
        if (user.subscribed && dice.chance(ORDER)) {
            double revenue = dice.logNormal(dice.rate(ORDER_REVENUE, t), 0.5);
            timeline.emit(
                    at += 20 * SECOND,
                    "track",
                    "Order Completed",
                    id,
                    null,
                    "revenue",
                    revenue,
                    "currency",
                    "EUR",
                    "plan",
                    user.plan);
        }
        long seconds = Math.round(dice.logNormal(dice.rate(SESSION_SECONDS, t), 0.6));
        long end = Math.max(at + SECOND, t + seconds * SECOND);
        timeline.at(
                end,
                p ->
                        timeline.emit(
                                p,
                                "track",
                                "Session Ended",
                                id,
                                null,
                                "session_id",
                                session,
                                "duration_seconds",
                                (p - t) / 1000));
    }

    /** Page views on the web, screen views on mobile; returns the time after them. */
    private long views(long t, long at, String id) {
        boolean mobile = dice.chance(MOBILE);
        for (int i = 0, n = 1 + dice.nextInt(MAX_PAGE_VIEWS); i < n; i++, at += 15 * SECOND) {
            double loadMs = dice.logNormal(dice.rate(PAGE_LOAD_MS, t), 0.35);
            if (mobile) {
                timeline.emit(at, "screen", dice.pick(SCREENS), id, null, "load_ms", loadMs);
            } else {
                String name = dice.pick(WEB_PAGES);
                timeline.emit(
                        at,
                        "page",
                        name,
                        id,
                        null,
                        "path",
                        "/" + name.toLowerCase(),
                        "load_ms",
                        loadMs);
            }
        }
        return at;
    }

    private void voiceOfTheCustomer(long t, long at, String id) {
        if (dice.chance(dice.rate(CONFIGURATION_ERROR, t))) {
            timeline.emit(
                    at + SECOND,
                    "track",
                    "Configuration Error Reported",
                    id,
                    null,
                    "setting",
                    dice.pick("sso", "webhook", "timezone"));
        }
        if (dice.chance(NPS_SURVEY)) {
            double r = dice.nextDouble();
            double promoters = dice.rate(NPS_PROMOTERS, t);
            int score =
                    r < promoters
                            ? 9 + dice.nextInt(2)
                            : r < promoters + dice.rate(NPS_DETRACTORS, t)
                                    ? dice.nextInt(7)
                                    : 7 + dice.nextInt(2);
            timeline.emit(
                    at + 2 * SECOND, "track", "NPS Survey Submitted", id, null, "score", score);
        }
        if (dice.chance(CSAT_SURVEY)) {
            int rating =
                    dice.chance(dice.rate(CSAT_SATISFIED, t))
                            ? 4 + dice.nextInt(2)
                            : 1 + dice.nextInt(3);
            timeline.emit(
                    at + 3 * SECOND, "track", "CSAT Survey Submitted", id, null, "rating", rating);
        }
        if (dice.chance(FEEDBACK)) {
            timeline.emit(
                    at + 4 * SECOND,
                    "track",
                    "Feedback Submitted",
                    id,
                    null,
                    "topic",
                    dice.pick(FEEDBACK_TOPICS),
                    "sentiment",
                    dice.pick("positive", "neutral", "negative"));
        }
        if (dice.chance(TICKET)) {
            String ticket = "t-" + (++tickets);
            long opened = at + 5 * SECOND;
            timeline.emit(
                    opened,
                    "track",
                    "Ticket Created",
                    id,
                    null,
                    "ticket_id",
                    ticket,
                    "channel",
                    dice.pick("email", "chat"));
            long reply = Math.round(dice.logNormal(dice.rate(TICKET_REPLY_HOURS, t), 0.5) * HOUR);
            timeline.at(
                    opened + reply,
                    p ->
                            timeline.emit(
                                    p,
                                    "track",
                                    "Ticket Replied",
                                    id,
                                    null,
                                    "ticket_id",
                                    ticket,
                                    "agent",
                                    "agent-" + (1 + dice.nextInt(5))));
        }
    }
}
