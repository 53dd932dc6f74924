package dev.okr.simulator;

import static dev.okr.simulator.ProductRates.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated product: users who sign up, onboard, trial, subscribe, renew and churn, their
 * sessions ({@link Sessions}), anonymous visitors, and the operations around them ({@link
 * Operations}). Each {@link #step} plays one sign-up, visit or session at the current time; what
 * happens later is scheduled on the {@link Timeline}. The rates are in {@link ProductRates}.
 */
final class ProductModel {

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final Dice dice;
    private final Timeline timeline;
    private final Sessions sessions;
    private final int users;
    private final List<SimulatedUser> active = new ArrayList<>();
    private int signedUp;
    private int visitors;

    ProductModel(Dice dice, Timeline timeline, long start, int users, long healthCheckMillis) {
        this.dice = dice;
        this.timeline = timeline;
        this.sessions = new Sessions(dice, timeline);
        this.users = users;
        new Operations(dice, timeline, healthCheckMillis).startAt(start);
        existingCustomers(start);
    }

    /** Customers from before the range, each renewing on its own day of the first month. */
    private void existingCustomers(long start) {
        for (int i = 1; i <= Math.round(users * EXISTING_CUSTOMERS); i++) {
            String plan = dice.chance(0.25) ? "business" : "team";
            SimulatedUser user = new SimulatedUser("c-" + i, "a-c" + i, plan);
            user.subscribed = true;
            user.mrr = plan.equals("business") ? BUSINESS_MRR : TEAM_MRR;
            active.add(user);
            timeline.at(start + dice.nextLong(30 * DAY), p -> renew(p, user, plan));
        }
    }

    /** Plays one sign-up, visit or session at time {@code t}. */
    void step(long t) {
        timeline.advanceTo(t);
        if (signedUp < users * dice.progress(t) + 1 && (active.isEmpty() || dice.chance(0.5))) {
            signUp(t);
        } else if (active.isEmpty() || dice.chance(ANONYMOUS_VISIT)) {
            visit(t, "a-v" + (++visitors), 1 + dice.nextInt(3));
        } else {
            SimulatedUser user = active.get(dice.nextInt(active.size()));
            sessions.play(t, user);
            if (dice.chance(dice.rate(CHURN, t))) {
                churn(t, user);
            }
        }
    }

    /** Marketing pages seen by a visitor who has not signed up. */
    private void visit(long t, String anonymousId, int pages) {
        for (int i = 0; i < pages; i++) {
            String name = dice.pick("Home", "Pricing", "Docs");
            double loadMs = dice.logNormal(dice.rate(PAGE_LOAD_MS, t), 0.35);
            timeline.emit(
                    t + i * 20 * SECOND,
                    "page",
                    name,
                    null,
                    anonymousId,
                    "path",
                    "/" + name.toLowerCase(),
                    "load_ms",
                    loadMs);
        }
    }

    private void signUp(long t) {
        SimulatedUser user =
                new SimulatedUser(
                        "u-" + (++signedUp), "a-" + signedUp, dice.pick(PLANS, PLAN_WEIGHTS));
        visit(t, user.anonymousId, 2);
        long at = t + MINUTE;
        timeline.emit(
                at,
                "track",
                "Signed Up",
                user.id,
                user.anonymousId,
                "source",
                dice.pick(SIGNUP_SOURCES, SIGNUP_SOURCE_WEIGHTS),
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
                1 + dice.nextInt(200));
        timeline.emit(at + 2, "alias", null, user.id, null, "previousId", user.anonymousId);
        if (dice.chance(0.1)) {
            timeline.emit(at + 3, "group", null, user.id, null, "name", "Company " + user.id);
        }
        onboarding(at + 10 * SECOND, user);
        if (dice.chance(FIRST_PROJECT)) {
            long minutes =
                    Math.max(
                            1,
                            Math.round(dice.rate(MINUTES_TO_AHA, t) * (0.5 + dice.nextDouble())));
            timeline.emit(
                    at + minutes * MINUTE,
                    "track",
                    "Project Created",
                    user.id,
                    null,
                    "template",
                    dice.pick("blank", "okr", "roadmap"));
        }
        if (!user.plan.equals("free") || dice.chance(TRIAL)) {
            timeline.emit(
                    at + 5 * MINUTE,
                    "track",
                    "Trial Started",
                    user.id,
                    null,
                    "plan",
                    user.plan.equals("free") ? "team" : user.plan);
            boolean converts = dice.chance(dice.rate(TRIAL_CONVERSION, t));
            timeline.at(at + (3 + dice.nextInt(12)) * DAY, p -> endTrial(p, user, converts));
        }
        if (dice.chance(dice.rate(DAY7_RETURN, t))) {
            timeline.at(
                    at + 7 * DAY + dice.nextLong(8 * HOUR),
                    p -> {
                        if (!user.churned) {
                            sessions.play(p, user);
                        }
                    });
        }
        active.add(user);
    }

    private void onboarding(long t, SimulatedUser user) {
        timeline.emit(t, "track", "Onboarding Started", user.id, null);
        long at = t;
        for (int step = 1; step <= 4; step++) {
            if (!dice.chance(dice.rate(ONBOARDING_STEP_PASS, t))) {
                return;
            }
            at += (30 + dice.nextInt(120)) * SECOND;
            timeline.emit(at, "track", "Onboarding Step Completed", user.id, null, "step", step);
        }
        timeline.emit(at + SECOND, "track", "Onboarding Completed", user.id, null);
    }

    private void endTrial(long t, SimulatedUser user, boolean converts) {
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

    private void renew(long t, SimulatedUser user, String plan) {
        if (user.churned) {
            return;
        }
        timeline.emit(
                t, "track", "Subscription Renewed", user.id, null, "plan", plan, "mrr", user.mrr);
        timeline.at(t + 30 * DAY, p -> renew(p, user, plan));
    }

    private void churn(long t, SimulatedUser user) {
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
                    dice.pick(CANCEL_REASONS));
        }
    }
}
