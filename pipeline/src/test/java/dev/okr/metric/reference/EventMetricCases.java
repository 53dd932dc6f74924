package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.MON;
import static dev.okr.metric.reference.CaseText.NEXT_MON;
import static dev.okr.metric.reference.CaseText.THU;
import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.WEEK_IN_UTC;
import static dev.okr.metric.reference.CaseText.at;
import static dev.okr.metric.reference.CaseText.instant;
import static dev.okr.metric.reference.CaseText.kr;
import static dev.okr.metric.reference.CaseText.okrFile;
import static dev.okr.metric.reference.Expectation.live;
import static dev.okr.metric.reference.Expectation.noLive;
import static dev.okr.metric.reference.Expectation.noValue;
import static dev.okr.metric.reference.Expectation.noWindow;
import static dev.okr.metric.reference.Expectation.readings;
import static dev.okr.metric.reference.Expectation.value;
import static dev.okr.metric.reference.Expectation.window;
import static dev.okr.metric.reference.SegmentEvent.call;
import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.screen;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Instant;
import java.util.List;

/** Hand-computed cases of the single-stream metrics: active users, count, sum, average. */
final class EventMetricCases {

    private EventMetricCases() {}

    static List<HandComputedCase> all() {
        return List.of(activeUsers(), count(), sumWithAutoBaseline(), average());
    }

    /*
     * Tuesday's activity: u1 (track, page), u2 (screen), a1 (anonymous track), a2 (empty userId,
     * so its anonymousId), u1 again with an anonymousId (userId wins); u3's identify is not
     * activity. Distinct: {u1, u2, a1, a2} = 4. Of them, Signed Up: {u1, a2} = 2.
     * Wednesday until T = 12:00: u4 = 1.
     */
    static HandComputedCase activeUsers() {
        Instant asOf = at(WED, "12:00");
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Signed Up").user("u1").at(at(TUE, "10:00")),
                                page("Dashboard").user("u1").at(at(TUE, "11:00")),
                                screen("Home").user("u2").at(at(TUE, "12:00")),
                                track("Search Performed").anonymous("a1").at(at(TUE, "13:00")),
                                call("identify").user("u3").at(at(TUE, "14:00")),
                                track("Signed Up").user("").anonymous("a2").at(at(TUE, "15:00")),
                                track("Signed Up").user("u1").anonymous("a9").at(at(TUE, "16:00")),
                                track("Project Created").user("u4").at(at(WED, "09:00")));
        return new HandComputedCase(
                "active_users counts distinct identities with activity in the latest complete day",
                okrFile(
                        WEEK_IN_UTC,
                        kr("active", "{type: active_users, window: day}"),
                        kr("signing-up", "{type: active_users, events: [Signed Up], window: day}")),
                log.records(),
                asOf,
                List.of(
                        noValue("active", TUE), // Monday had no events: no value, not 0
                        value("active", WED, 4),
                        noLive("active", WED), // Wednesday has just begun
                        value("active", asOf, 4),
                        live("active", asOf, 1),
                        value("signing-up", WED, 2),
                        noLive("signing-up", asOf),
                        window("active", "day", TUE, 4),
                        noWindow("active", "day", MON),
                        // day ends Mon 2, Tue 3, Wed 4, and T
                        readings("active", 4, MON, asOf)));
    }

    /*
     * Signed Up with source ads or referral, per ISO week (Monday to Sunday, UTC):
     * week of 26 Oct: u6 (Sun 1 Nov 23:00) = 1;
     * week of 2 Nov: u1 (Mon, ads), u3 (Wed, referral), u4 (Sun 23:59:59, ads) = 3; u2 is organic,
     * u7 has no source, u8's page call is not a Signed Up; u5 (Mon 9 Nov 00:00) is next week.
     * Live on Wednesday 00:00: Mon and Tue so far = u1 = 1; on Thursday: u1, u3 = 2.
     */
    static HandComputedCase count() {
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Signed Up")
                                        .user("u6")
                                        .at(instant("2026-11-01T23:00Z"))
                                        .property("source", "ads"),
                                track("Signed Up")
                                        .user("u1")
                                        .at(at(MON, "09:00"))
                                        .property("source", "ads"),
                                track("Signed Up")
                                        .user("u2")
                                        .at(at(TUE, "09:00"))
                                        .property("source", "organic"),
                                track("Signed Up")
                                        .user("u3")
                                        .at(at(WED, "09:00"))
                                        .property("source", "referral"),
                                track("Signed Up").user("u7").at(at(THU, "09:00")),
                                page("Pricing")
                                        .user("u8")
                                        .at(at(THU, "10:00"))
                                        .property("source", "ads"),
                                track("Signed Up")
                                        .user("u4")
                                        .at(instant("2026-11-08T23:59:59Z"))
                                        .property("source", "ads"),
                                track("Signed Up")
                                        .user("u5")
                                        .at(NEXT_MON)
                                        .property("source", "ads"));
        return new HandComputedCase(
                "count reads matching events of the latest complete ISO week",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "signups",
                                "{type: count, events: [Signed Up], "
                                        + "where: {source: {in: [ads, referral]}}, window: week}")),
                log.records(),
                instant("2026-11-09T01:00Z"),
                List.of(
                        value("signups", MON, 1),
                        live("signups", WED, 1),
                        value("signups", THU, 1),
                        live("signups", THU, 2),
                        value("signups", NEXT_MON, 3),
                        noLive("signups", NEXT_MON),
                        window("signups", "week", MON, 3),
                        // day ends Mon 2 to Mon 9; T is after the period end
                        readings("signups", 8, MON, NEXT_MON)));
    }

    /*
     * Revenue of Order Completed per month (UTC), period November 2026:
     * October: 10.5 (5 Oct) + 20 (31 Oct 23:59:59) = 30.5; the order without revenue and the one
     * whose revenue is the text "12" have no numeric revenue; Subscription Started does not match.
     * baseline: auto is the reading at 1 Nov 00:00, October's 30.5.
     * November: 7 (1 Nov 00:00) + 3 (15 Nov) = 10. Live on 15 Nov 00:00: 7; on 16 Nov: 10.
     */
    static HandComputedCase sumWithAutoBaseline() {
        Instant nov1 = instant("2026-11-01T00:00Z");
        Instant dec1 = instant("2026-12-01T00:00Z");
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Order Completed")
                                        .user("u1")
                                        .at(instant("2026-10-05T12:00Z"))
                                        .property("revenue", 10.5),
                                track("Subscription Started")
                                        .user("u5")
                                        .at(instant("2026-10-10T12:00Z"))
                                        .property("revenue", 1000)
                                        .property("mrr", 99),
                                track("Order Completed")
                                        .user("u2")
                                        .at(instant("2026-10-20T12:00Z")),
                                track("Order Completed")
                                        .user("u3")
                                        .at(instant("2026-10-21T12:00Z"))
                                        .property("revenue", "12"),
                                track("Order Completed")
                                        .user("u4")
                                        .at(instant("2026-10-31T23:59:59Z"))
                                        .property("revenue", 20),
                                track("Order Completed").user("u1").at(nov1).property("revenue", 7),
                                track("Order Completed")
                                        .user("u2")
                                        .at(instant("2026-11-15T12:00Z"))
                                        .property("revenue", 3));
        return new HandComputedCase(
                "sum reads the latest complete month and baseline auto is the reading at the start",
                okrFile(
                        "period: {start: 2026-11-01, end: 2026-11-30}\ntimezone: UTC\n",
                        kr(
                                "revenue",
                                "{type: sum, events: [Order Completed], property: revenue, "
                                        + "window: month}",
                                "baseline: auto",
                                "target: \"+10%\"")),
                log.records(),
                dec1,
                List.of(
                        value("revenue", nov1, 30.5), // baseline: auto
                        live("revenue", instant("2026-11-15T00:00Z"), 7),
                        live("revenue", instant("2026-11-16T00:00Z"), 10),
                        value("revenue", instant("2026-11-30T00:00Z"), 30.5),
                        value("revenue", dec1, 10),
                        window("revenue", "month", nov1, 10)));
    }

    /*
     * Session Ended duration_seconds, Tuesday: 300, 600 and 0 are numbers; the event without the
     * property, the text "900" and the boolean are not; Session Started does not match.
     * (300 + 600 + 0) / 3 = 300. Wednesday: only an event without the property: no value.
     */
    static HandComputedCase average() {
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Session Ended")
                                        .user("u1")
                                        .at(at(TUE, "09:00"))
                                        .property("duration_seconds", 300),
                                track("Session Ended")
                                        .user("u2")
                                        .at(at(TUE, "10:00"))
                                        .property("duration_seconds", 600),
                                track("Session Ended")
                                        .user("u3")
                                        .at(at(TUE, "11:00"))
                                        .property("duration_seconds", 0),
                                track("Session Ended").user("u4").at(at(TUE, "12:00")),
                                track("Session Ended")
                                        .user("u5")
                                        .at(at(TUE, "13:00"))
                                        .property("duration_seconds", "900"),
                                track("Session Ended")
                                        .user("u6")
                                        .at(at(TUE, "14:00"))
                                        .property("duration_seconds", true),
                                track("Session Started")
                                        .user("u7")
                                        .at(at(TUE, "15:00"))
                                        .property("duration_seconds", 5000),
                                track("Session Ended").user("u1").at(at(WED, "10:00")));
        return new HandComputedCase(
                "average is the mean over the matching events that have a numeric property",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "session",
                                "{type: average, events: [Session Ended], "
                                        + "property: duration_seconds, window: day}")),
                log.records(),
                THU,
                List.of(
                        value("session", WED, 300),
                        noValue("session", THU),
                        window("session", "day", TUE, 300),
                        noWindow("session", "day", WED)));
    }
}
