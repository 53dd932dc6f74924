package dev.okr.metric.reference;

import static dev.okr.metric.reference.SegmentEvent.call;
import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One registered user's life in the simulated product: an anonymous visit, sign-up, onboarding, a
 * first project, a trial and perhaps a subscription, then sessions on random days. Every call uses
 * the events and properties of docs/events.md that the example OKR files read.
 */
final class SimulatedCustomer {

    private final SimulationClock clock;
    private final Consumer<SimulatedCall> emit;
    private final String userId;
    private final String anonymousId;
    private final double engagement;
    private final SessionActions actions;

    SimulatedCustomer(SimulationClock clock, Consumer<SimulatedCall> emit, int number) {
        this.clock = clock;
        this.emit = emit;
        this.userId = String.format("u-%03d", number);
        this.anonymousId = String.format("anon-%03d", number);
        this.engagement = 0.1 + 0.5 * clock.random().nextDouble();
        this.actions = new SessionActions(clock, userId, this::me, this::send);
    }

    void live(LocalDate signupDay, LocalDate lastDay) {
        Instant signup = clock.during(signupDay);
        Instant visit = signup.minus(Duration.ofMinutes(1 + clock.random().nextInt(30)));
        send(
                page("Pricing")
                        .anonymous(anonymousId)
                        .property("path", "/pricing")
                        .property("load_ms", loadMs()),
                visit);
        send(
                me(track("Signed Up"))
                        .property("source", clock.oneOf("ads", "organic", "referral"))
                        .property("plan", clock.oneOf("free", "pro")),
                signup);
        send(
                me(call("identify")).field("traits", Map.of("plan", "trial", "company_size", 5)),
                signup.plusMillis(200));
        if (clock.chance(0.05)) {
            send(me(call("alias")).field("previousId", anonymousId), signup.plusMillis(400));
        }
        onboarding(signup);
        firstProject(signup);
        purchase(signup);
        for (LocalDate day = signupDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (clock.chance(engagement)) {
                session(day);
            }
        }
    }

    private void onboarding(Instant signup) {
        if (!clock.chance(0.9)) {
            return;
        }
        Instant started = clock.after(signup, Duration.ofMinutes(3));
        send(me(track("Onboarding Started")), started);
        int steps = clock.random().nextInt(5);
        Instant t = started;
        for (int step = 1; step <= steps; step++) {
            t = clock.after(t, Duration.ofMinutes(4));
            send(me(track("Onboarding Step Completed")).property("step", step), t);
        }
        if (steps == 4 || clock.chance(0.2)) {
            Duration max = clock.chance(0.85) ? Duration.ofMinutes(20) : Duration.ofDays(9);
            send(me(track("Onboarding Completed")), clock.after(t, max));
        }
    }

    private void firstProject(Instant signup) {
        if (clock.chance(0.8)) {
            Duration max = clock.chance(0.85) ? Duration.ofMinutes(50) : Duration.ofDays(3);
            send(
                    me(track("Project Created"))
                            .property("template", clock.oneOf("blank", "kanban")),
                    clock.after(signup, max));
        }
    }

    private void purchase(Instant signup) {
        if (!clock.chance(0.5)) {
            return;
        }
        Instant trial = clock.after(signup, Duration.ofDays(2));
        send(me(track("Trial Started")).property("plan", "pro"), trial);
        if (!clock.chance(0.5)) {
            return;
        }
        Instant subscribed = clock.after(trial, Duration.ofDays(20));
        String plan = clock.oneOf("pro", "team");
        send(
                me(track("Subscription Started"))
                        .property("plan", plan)
                        .property("mrr", clock.oneOf(29, 49, 99)),
                subscribed);
        Instant later = clock.after(subscribed, Duration.ofDays(12));
        if (clock.chance(0.3)) {
            send(
                    me(track("Subscription Renewed")).property("plan", plan).property("mrr", 49),
                    later);
        } else if (clock.chance(0.15)) {
            send(
                    me(track("Subscription Cancelled"))
                            .property("plan", plan)
                            .property("reason", clock.oneOf("price", "features")),
                    later);
        }
    }

    private void session(LocalDate day) {
        Instant start = clock.during(day);
        String session = userId + "-" + day;
        send(me(track("Session Started")).property("session_id", session), start);
        Instant t = start;
        int count = 1 + clock.random().nextInt(7);
        for (int i = 0; i < count; i++) {
            t = clock.after(t, Duration.ofMinutes(8));
            actions.act(t);
        }
        Instant end = clock.after(t, Duration.ofMinutes(3));
        send(
                me(track("Session Ended"))
                        .property("session_id", session)
                        .property("duration_seconds", Duration.between(start, end).toSeconds()),
                end);
    }

    /** A call of this user: userId, and the anonymousId too one time in three. */
    private SegmentEvent me(SegmentEvent event) {
        event.user(userId);
        return clock.chance(1.0 / 3) ? event.anonymous(anonymousId) : event;
    }

    private int loadMs() {
        return 100 + (int) clock.skewed(700);
    }

    private void send(SegmentEvent event, Instant time) {
        emit.accept(new SimulatedCall(clock.stamp(event, time), time));
    }
}
