package dev.okr.simulator;

import static dev.okr.simulator.ProductRates.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated product: users who sign up, onboard, use it, answer surveys, open tickets, trial,
 * subscribe, order and churn, plus the operations around them (health checks, incidents, ad spend).
 * Each {@link #step} plays one session (or a visit, or a sign-up) at the current time; what happens
 * later in it is scheduled on the {@link Timeline}. The rates are in {@link ProductRates}.
 */
final class ProductModel {

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private final SplittableRandom random;
    private final Timeline timeline;
    private final long start;
    private final long span;
    private final int users;
    private final double drift;
    private final List<User> active = new ArrayList<>();
    private int signedUp;
    private int visitors;
    private int tickets;
    private int sessions;

    ProductModel(
            SplittableRandom random,
            Timeline timeline,
            long start,
            long span,
            int users,
            double drift,
            long healthCheckMillis) {
        this.random = random;
        this.timeline = timeline;
        this.start = start;
        this.span = span;
        this.users = users;
        this.drift = drift;
        timeline.at(start, t -> healthChecks(t, healthCheckMillis));
        timeline.at(start, this::dailyOperations);
    }

    /** Progress through the simulated range, 0 to 1: where every drifting rate stands. */
    private double progress(long t) {
        return Math.min(1.0, Math.max(0.0, (t - start) / (double) span));
    }

    private double rate(Drift d, long t) {
        return d.at(progress(t), drift);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Plays one session, visit or sign-up at time {@code t}. */
    void step(long t) {
        timeline.advanceTo(t);
        if (signedUp < users * progress(t) + 1 && (active.isEmpty() || chance(0.5))) {
            signUp(t);
        } else if (chance(ANONYMOUS_VISIT) || active.isEmpty()) {
            visit(t, "a-v" + (++visitors), 1 + random.nextInt(3), true);
        } else {
            User user = active.get(random.nextInt(active.size()));
            session(t, user);
            if (chance(rate(CHURN, t))) {
                churn(t, user);
            }
        }
    }

    private void visit(long t, String anonymousId, int pages, boolean marketing) {
        String[] names =
                marketing
                        ? new String[] {"Home", "Pricing", "Docs"}
                        : new String[] {"Home", "Dashboard", "Settings", "Docs", "Pricing"};
        for (int i = 0; i < pages; i++) {
            String name = names[random.nextInt(names.length)];
            timeline.emit(
                    t + i * 20 * SECOND,
                    "page",
                    name,
                    null,
                    anonymousId,
                    "path",
                    "/" + name.toLowerCase(),
                    "load_ms",
                    loadMs(t));
        }
    }

    private void signUp(long t) {
        User user = new User("u-" + (++signedUp), "a-" + signedUp, t, pick(PLANS, PLAN_WEIGHTS));
        visit(t, user.anonymousId, 2, true);
        long at = t + 60 * SECOND;
        timeline.emit(
                at,
                "track",
                "Signed Up",
                user.id,
                user.anonymousId,
                "source",
                pick(SIGNUP_SOURCES, SIGNUP_SOURCE_WEIGHTS),
                "plan",
                user.plan);
        timeline.emit(
                at + 1,
                "identify",
                null,
                user.id,
                user.anonymousId,
                "plan",
                user.plan,
                "company_size",
                1 + random.nextInt(200));
        timeline.emit(at + 2, "alias", null, user.id, null, "previousId", user.anonymousId);
        if (chance(0.1)) {
            timeline.emit(at + 3, "group", null, user.id, null, "name", "Company " + user.id);
        }
        onboarding(at + 10 * SECOND, user);
        if (chance(FIRST_PROJECT)) {
            long minutes =
                    Math.max(1, Math.round(rate(MINUTES_TO_AHA, t) * (0.5 + random.nextDouble())));
            timeline.at(
                    at + minutes * MINUTE,
                    p ->
                            timeline.emit(
                                    p,
                                    "track",
                                    "Project Created",
                                    user.id,
                                    null,
                                    "template",
                                    pick(new String[] {"blank", "okr", "roadmap"}, null)));
        }
        if (!user.plan.equals("free") || chance(TRIAL)) {
            timeline.emit(
                    at + 5 * MINUTE,
                    "track",
                    "Trial Started",
                    user.id,
                    null,
                    "plan",
                    user.plan.equals("free") ? "team" : user.plan);
            boolean converts = chance(rate(TRIAL_CONVERSION, t));
            timeline.at(at + (3 + random.nextInt(12)) * DAY, p -> endTrial(p, user, converts));
        }
        if (chance(rate(DAY7_RETURN, t))) {
            timeline.at(
                    at + 7 * DAY + random.nextLong(8 * HOUR),
                    p -> {
                        if (!user.churned) {
                            session(p, user);
                        }
                    });
        }
        active.add(user);
    }

    private void onboarding(long t, User user) {
        timeline.emit(t, "track", "Onboarding Started", user.id, null);
        long at = t;
        for (int step = 1; step <= 4; step++) {
            if (!chance(rate(ONBOARDING_STEP_PASS, t))) {
                return;
            }
            at += (30 + random.nextInt(120)) * SECOND;
            timeline.emit(at, "track", "Onboarding Step Completed", user.id, null, "step", step);
        }
        timeline.emit(at + SECOND, "track", "Onboarding Completed", user.id, null);
    }

    private void endTrial(long t, User user, boolean converts) {
        if (user.churned || !converts) {
            return;
        }
        String plan = user.plan.equals("business") ? "business" : "team";
        user.mrr = plan.equals("business") ? BUSINESS_MRR : TEAM_MRR;
        user.subscribed = true;
        timeline.emit(
                t, "track", "Subscription Started", user.id, null, "plan", plan, "mrr", user.mrr);
        timeline.at(t + 30 * DAY, p -> renew(p, user, plan));
    }

    private void renew(long t, User user, String plan) {
        if (user.churned) {
            return;
        }
        timeline.emit(
                t, "track", "Subscription Renewed", user.id, null, "plan", plan, "mrr", user.mrr);
        timeline.at(t + 30 * DAY, p -> renew(p, user, plan));
    }

    private void churn(long t, User user) {
        user.churned = true;
        active.remove(user);
        if (user.subscribed) {
            timeline.emit(
                    t + HOUR,
                    "track",
                    "Subscription Cancelled",
                    user.id,
                    null,
                    "plan",
                    user.plan,
                    "reason",
                    pick(CANCEL_REASONS, null));
        }
    }

    private void session(long t, User user) {
        String session = "s-" + (++sessions);
        String id = user.id;
        timeline.emit(t, "track", "Session Started", id, null, "session_id", session);
        long at = t + SECOND;
        boolean mobile = chance(MOBILE);
        for (int i = 0, n = 1 + random.nextInt(MAX_PAGE_VIEWS); i < n; i++, at += 15 * SECOND) {
            String[] names =
                    mobile
                            ? new String[] {"Home", "Project", "Settings"}
                            : new String[] {"Home", "Dashboard", "Settings", "Docs", "Pricing"};
            String name = names[random.nextInt(names.length)];
            if (mobile) {
                timeline.emit(at, "screen", name, id, null, "load_ms", loadMs(t));
            } else {
                timeline.emit(
                        at,
                        "page",
                        name,
                        id,
                        null,
                        "path",
                        "/" + name.toLowerCase(),
                        "load_ms",
                        loadMs(t));
            }
        }
        for (int i = 0, n = random.nextInt(MAX_SEARCHES + 1); i < n; i++, at += 10 * SECOND) {
            timeline.emit(
                    at,
                    "track",
                    "Search Performed",
                    id,
                    null,
                    "latency_ms",
                    logNormal(rate(SEARCH_LATENCY_MS, t), 0.5),
                    "results",
                    random.nextInt(50));
        }
        for (int i = 0, n = 1 + random.nextInt(MAX_API_REQUESTS); i < n; i++, at += 2 * SECOND) {
            int status = chance(rate(API_ERROR_RATE, t)) ? 500 + random.nextInt(4) : 200;
            timeline.emit(
                    at,
                    "track",
                    "API Request",
                    id,
                    null,
                    "endpoint",
                    pick(new String[] {"/projects", "/krs", "/search"}, null),
                    "status",
                    status,
                    "latency_ms",
                    logNormal(120, 0.4));
        }
        for (int f = 0; f < FEATURES.length; f++) {
            if (chance(rate(FEATURE_USE[f], t))) {
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
        voiceOfTheCustomer(t, at, user);
        if (user.subscribed && chance(ORDER)) {
            timeline.emit(
                    at += 20 * SECOND,
                    "track",
                    "Order Completed",
                    id,
                    null,
                    "revenue",
                    logNormal(rate(ORDER_REVENUE, t), 0.5),
                    "currency",
                    "EUR",
                    "plan",
                    user.plan);
        }
        long seconds = Math.round(logNormal(rate(SESSION_SECONDS, t), 0.6));
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

    private void voiceOfTheCustomer(long t, long at, User user) {
        String id = user.id;
        if (chance(CONFIGURATION_ERROR.at(progress(t), drift))) {
            timeline.emit(
                    at + SECOND,
                    "track",
                    "Configuration Error Reported",
                    id,
                    null,
                    "setting",
                    pick(new String[] {"sso", "webhook", "timezone"}, null));
        }
        if (chance(NPS_SURVEY)) {
            double r = random.nextDouble();
            double promoters = rate(NPS_PROMOTERS, t);
            int score =
                    r < promoters
                            ? 9 + random.nextInt(2)
                            : r < promoters + rate(NPS_DETRACTORS, t)
                                    ? random.nextInt(7)
                                    : 7 + random.nextInt(2);
            timeline.emit(
                    at + 2 * SECOND, "track", "NPS Survey Submitted", id, null, "score", score);
        }
        if (chance(CSAT_SURVEY)) {
            int rating =
                    chance(rate(CSAT_SATISFIED, t)) ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
            timeline.emit(
                    at + 3 * SECOND, "track", "CSAT Survey Submitted", id, null, "rating", rating);
        }
        if (chance(FEEDBACK)) {
            timeline.emit(
                    at + 4 * SECOND,
                    "track",
                    "Feedback Submitted",
                    id,
                    null,
                    "topic",
                    pick(FEEDBACK_TOPICS, null),
                    "sentiment",
                    pick(new String[] {"positive", "neutral", "negative"}, null));
        }
        if (chance(TICKET)) {
            String ticket = "t-" + (++tickets);
            timeline.emit(
                    at + 5 * SECOND,
                    "track",
                    "Ticket Created",
                    id,
                    null,
                    "ticket_id",
                    ticket,
                    "channel",
                    pick(new String[] {"email", "chat"}, null));
            long reply = Math.round(logNormal(rate(TICKET_REPLY_HOURS, t), 0.5) * HOUR);
            timeline.at(
                    at + 5 * SECOND + reply,
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
                                    "agent-" + (1 + random.nextInt(5))));
        }
    }

    private void healthChecks(long t, long every) {
        for (String service : SERVICES) {
            timeline.emit(
                    t,
                    "track",
                    "Health Check",
                    null,
                    "monitor",
                    "service",
                    service,
                    "status",
                    chance(rate(SERVICE_DOWN, t)) ? "down" : "up");
        }
        timeline.at(t + every, p -> healthChecks(p, every));
    }

    private void dailyOperations(long t) {
        for (String channel : AD_CHANNELS) {
            timeline.emit(
                    t,
                    "track",
                    "Ad Spend Recorded",
                    null,
                    "marketing",
                    "channel",
                    channel,
                    "amount",
                    rate(AD_SPEND_PER_DAY, t) / AD_CHANNELS.length);
        }
        if (chance(INCIDENTS_PER_DAY)) {
            long at = t + random.nextLong(DAY);
            timeline.at(
                    at,
                    p ->
                            timeline.emit(
                                    p,
                                    "track",
                                    "Incident Resolved",
                                    null,
                                    "monitor",
                                    "service",
                                    pick(SERVICES, null),
                                    "severity",
                                    pick(new String[] {"minor", "major"}, null),
                                    "downtime_minutes",
                                    logNormal(rate(INCIDENT_MINUTES, p), 0.5)));
        }
        timeline.at(t + DAY, this::dailyOperations);
    }

    private double loadMs(long t) {
        return logNormal(rate(PAGE_LOAD_MS, t), 0.35);
    }

    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    private double gaussian() {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private String pick(String[] values, double[] weights) {
        if (weights == null) {
            return values[random.nextInt(values.length)];
        }
        double r = random.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A user of the product. */
    private static final class User {
        final String id;
        final String anonymousId;
        final long signedUpAt;
        final String plan;
        boolean subscribed;
        boolean churned;
        double mrr;

        User(String id, String anonymousId, long signedUpAt, String plan) {
            this.id = id;
            this.anonymousId = anonymousId;
            this.signedUpAt = signedUpAt;
            this.plan = plan;
        }
    }
}
