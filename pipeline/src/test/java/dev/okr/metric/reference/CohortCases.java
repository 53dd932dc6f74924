package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.FRI;
import static dev.okr.metric.reference.CaseText.MON;
import static dev.okr.metric.reference.CaseText.SAT;
import static dev.okr.metric.reference.CaseText.THU;
import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.WEEK_IN_UTC;
import static dev.okr.metric.reference.CaseText.at;
import static dev.okr.metric.reference.CaseText.kr;
import static dev.okr.metric.reference.CaseText.okrFile;
import static dev.okr.metric.reference.Expectation.noLive;
import static dev.okr.metric.reference.Expectation.noValue;
import static dev.okr.metric.reference.Expectation.noWindow;
import static dev.okr.metric.reference.Expectation.value;
import static dev.okr.metric.reference.Expectation.window;
import static dev.okr.metric.reference.SegmentEvent.call;
import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.screen;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Instant;
import java.util.List;

/** Hand-computed cases of retention and conversion. */
final class CohortCases {

    private static final String COHORT = WindowReading.COHORT_DAY;

    private CohortCases() {}

    static List<HandComputedCase> all() {
        return List.of(retention(), retentionWhere(), conversion(), conversionMatureAtAsOf());
    }

    /*
     * Signed Up cohorts, day 1, the 3 latest mature cohort days (cohort c is mature once day c+1
     * is complete):
     *   Mon {u1, u2, u3}: on Tue u1 has a page call; u2 is back on Wed only; u3's Tue identify is
     *       not activity -> 1/3. (u1 signing up again on Wed keeps Mon as its cohort.)
     *   Tue {u4}: Project Created on Wed -> 1/1.   Wed {u5, u6}: u5's screen on Thu -> 1/2.
     *   Thu {u7, u8}: u8's page on Fri -> 1/2.
     * d1 (on_day, any activity): Tue 00:00 nothing mature: no value; Wed: Mon = 1/3;
     *   Thu: Mon+Tue = 2/4 = 0.5; Fri: Mon..Wed = 3/6 = 0.5; Sat: Tue..Thu = 3/5 = 0.6.
     * d1-created (on_or_after, Project Created only): u2's Project Created on Wed (day 2) counts
     *   from the moment it happened, u4's too; pages and screens do not.
     *   Wed 00:00: Mon 0/3 = 0 (a value); Thu: Mon 1/3 + Tue 1/1 = 2/4 = 0.5;
     *   Fri: 2/6 = 1/3; Sat: Tue..Thu = (1 + 0 + 0) / (1 + 2 + 2) = 0.2.
     */
    static HandComputedCase retention() {
        RecordLog log =
                new RecordLog()
                        .add(
                                signedUp("u1", at(MON, "09:00")),
                                signedUp("u2", at(MON, "10:00")),
                                signedUp("u3", at(MON, "11:00")),
                                page("Home").user("u1").at(at(TUE, "09:00")),
                                call("identify").user("u3").at(at(TUE, "12:00")),
                                signedUp("u4", at(TUE, "09:00")),
                                track("Project Created").user("u2").at(at(WED, "10:00")),
                                track("Project Created").user("u4").at(at(WED, "09:00")),
                                signedUp("u5", at(WED, "09:00")),
                                signedUp("u6", at(WED, "10:00")),
                                signedUp("u1", at(WED, "11:00")),
                                screen("Project").user("u5").at(at(THU, "09:00")),
                                signedUp("u7", at(THU, "09:00")),
                                signedUp("u8", at(THU, "10:00")),
                                page("Home").user("u8").at(at(FRI, "09:00")));
        return new HandComputedCase(
                "retention sums retained over size across the latest mature cohort days",
                okrFile(
                        WEEK_IN_UTC,
                        kr("d1", "{type: retention, cohort_event: Signed Up, day: 1, cohorts: 3}"),
                        kr(
                                "d1-created",
                                "{type: retention, cohort_event: Signed Up, day: 1, "
                                        + "cohorts: 3, mode: on_or_after, return_events: [Project Created]}")),
                log.records(),
                SAT,
                List.of(
                        noValue("d1", TUE),
                        value("d1", WED, 1.0 / 3),
                        value("d1", THU, 0.5),
                        value("d1", FRI, 0.5),
                        value("d1", SAT, 0.6),
                        noLive("d1", SAT),
                        value("d1-created", WED, 0),
                        value("d1-created", THU, 0.5),
                        value("d1-created", FRI, 1.0 / 3),
                        value("d1-created", SAT, 0.2),
                        window("d1", COHORT, MON, 1.0 / 3),
                        window("d1", COHORT, TUE, 1),
                        window("d1", COHORT, WED, 0.5),
                        window("d1", COHORT, THU, 0.5),
                        noWindow("d1", COHORT, FRI),
                        window("d1-created", COHORT, MON, 1.0 / 3),
                        window("d1-created", COHORT, WED, 0)));
    }

    /*
     * where {feature: insights} tests each user's first Feature Used (docs/okr-file.md: "follows
     * the users whose first feature use was Insights"): u1 first used export (Mon 09:00), then
     * insights (Mon 12:00): in no cohort. Mon cohort {u2, u3}: u2 back on Tue, u3 only on Wed.
     * Wed 00:00: 1/2 = 0.5. (Counting u1's first insights use instead would give 2/3.)
     */
    static HandComputedCase retentionWhere() {
        RecordLog log =
                new RecordLog()
                        .add(
                                featureUsed("u1", at(MON, "09:00"), "export"),
                                featureUsed("u1", at(MON, "12:00"), "insights"),
                                featureUsed("u2", at(MON, "10:00"), "insights"),
                                featureUsed("u3", at(MON, "11:00"), "insights"),
                                page("Home").user("u1").at(at(TUE, "09:00")),
                                page("Home").user("u2").at(at(TUE, "10:00")),
                                page("Home").user("u3").at(at(WED, "10:00")));
        return new HandComputedCase(
                "retention where tests the first cohort event",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "insights-d1",
                                "{type: retention, cohort_event: "
                                        + "Feature Used, where: {feature: insights}, day: 1}")),
                log.records(),
                WED,
                List.of(value("insights-d1", WED, 0.5)));
    }

    /*
     * Trial Started -> Subscription Started within 2 days, the 2 latest mature entry days (a day
     * is mature when it is complete and each entrant's entry + 2 days has passed):
     *   Mon {u1 10:00, u2 12:00, u3 15:00}: u1 subscribed 23 h later: yes; u2 exactly 48 h later:
     *       no (within is [entry, entry + 2d)); u3 subscribed an hour before its trial: no.
     *       Mature from Wed 15:00. 1/3.
     *   Tue {u4 08:00, u5 22:00}: u4 subscribed at the same instant: yes. Mature from Thu 22:00.
     *       1/2.
     *   Wed {u6 01:00}: subscribed 1 h later: yes. Mature from Fri 01:00. 1/1.
     *   u1's second trial on Wed does not make it a Wednesday entrant.
     * Wed 00:00: nothing mature: no value; Thu: Mon = 1/3; Fri: Mon+Tue = 2/5 = 0.4;
     * Sat: Tue+Wed = 2/3.
     */
    static HandComputedCase conversion() {
        return new HandComputedCase(
                "conversion sums converted over entrants across the latest mature entry days",
                conversionFile(),
                trialsAndSubscriptions().records(),
                SAT,
                List.of(
                        noValue("trial-to-paid", WED),
                        value("trial-to-paid", THU, 1.0 / 3),
                        value("trial-to-paid", FRI, 0.4),
                        value("trial-to-paid", SAT, 2.0 / 3),
                        window("trial-to-paid", COHORT, MON, 1.0 / 3),
                        window("trial-to-paid", COHORT, TUE, 0.5),
                        window("trial-to-paid", COHORT, WED, 1)));
    }

    /*
     * The events of conversion(), as of Wed 16:00: Monday's last entrant (15:00) has had its 2
     * days at 15:00, so Monday is mature at T: 1/3. Pins the reading of "a day is mature when all
     * its entrants' within has passed" by the entrants' own times (a rule of day end + within
     * would make Monday mature only on Thursday 00:00, and T would read no value).
     */
    static HandComputedCase conversionMatureAtAsOf() {
        Instant asOf = at(WED, "16:00");
        return new HandComputedCase(
                "conversion entry day is mature once its last entrant's within has passed",
                conversionFile(),
                trialsAndSubscriptions().records(),
                asOf,
                List.of(noValue("trial-to-paid", WED), value("trial-to-paid", asOf, 1.0 / 3)));
    }

    private static String conversionFile() {
        return okrFile(
                WEEK_IN_UTC,
                kr(
                        "trial-to-paid",
                        "{type: conversion, from: Trial Started, "
                                + "to: Subscription Started, within: 2d, cohorts: 2}"));
    }

    private static RecordLog trialsAndSubscriptions() {
        return new RecordLog()
                .add(
                        trial("u1", at(MON, "10:00")),
                        subscription("u1", at(TUE, "09:00")),
                        trial("u2", at(MON, "12:00")),
                        subscription("u3", at(MON, "14:00")),
                        trial("u3", at(MON, "15:00")),
                        trial("u4", at(TUE, "08:00")),
                        subscription("u4", at(TUE, "08:00")),
                        trial("u5", at(TUE, "22:00")),
                        trial("u6", at(WED, "01:00")),
                        subscription("u6", at(WED, "02:00")),
                        trial("u1", at(WED, "05:00")),
                        subscription("u2", at(WED, "12:00")));
    }

    private static SegmentEvent signedUp(String user, Instant at) {
        return track("Signed Up").user(user).at(at);
    }

    private static SegmentEvent featureUsed(String user, Instant at, String feature) {
        return track("Feature Used").user(user).at(at).property("feature", feature);
    }

    private static SegmentEvent trial(String user, Instant at) {
        return track("Trial Started").user(user).at(at);
    }

    private static SegmentEvent subscription(String user, Instant at) {
        return track("Subscription Started").user(user).at(at);
    }
}
