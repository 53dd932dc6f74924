package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.FRI;
import static dev.okr.metric.reference.CaseText.MON;
import static dev.okr.metric.reference.CaseText.SAT;
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
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Instant;
import java.util.List;

/** Hand-computed cases of the windows: DST, week and month boundaries, trailing, deadlines. */
final class WindowCases {

    private WindowCases() {}

    static List<HandComputedCase> all() {
        return List.of(
                daylightSavingDay(),
                weekAndMonthBoundaries(),
                trailingAndPeriod(),
                deadlineFreezesTheReading());
    }

    /*
     * Europe/Oslo, period Sunday 25 October 2026 only: 02:00 CEST becomes 02:00 CET, the day has
     * 25 hours, from 24 Oct 22:00Z to 25 Oct 23:00Z. Searches at (local time):
     *   e1 18 Oct 23:30 CEST, e2 19 Oct 00:30 CEST, e3 24 Oct 23:59 CEST,
     *   e4 02:30 CEST and e5 02:45 CEST (the first 02:00 hour, 00:00Z-01:00Z),
     *   e6 02:30 CET (the second 02:00 hour, 01:00Z-02:00Z), e7 23:30 CET, e8 26 Oct 00:10 CET.
     * day: 25 Oct = e4..e7 = 4; 24 Oct = e3 = 1.
     * hour: 2 in the first 02:00 hour, 1 in the second, 1 at 23:00 CET; readings at every hour end
     *   from the period start (25 Oct 00:00 CEST, 24 Oct 22:00Z) to the period end: 1 + 25 = 26.
     * trailing_7d at the end: 19..25 Oct = e2..e7 = 6; at the start: 18..24 Oct = e1, e2, e3 = 3.
     * week at the end: Mon 19 to Sun 25 Oct, 169 hours: 6, as trailing_7d.
     */
    static HandComputedCase daylightSavingDay() {
        Instant start = instant("2026-10-24T22:00Z");
        Instant end = instant("2026-10-25T23:00Z");
        String[] times = {
            "2026-10-18T23:30+02:00",
            "2026-10-19T00:30+02:00",
            "2026-10-24T23:59+02:00",
            "2026-10-25T02:30+02:00",
            "2026-10-25T02:45+02:00",
            "2026-10-25T02:30+01:00",
            "2026-10-25T23:30+01:00",
            "2026-10-26T00:10+01:00"
        };
        RecordLog log = new RecordLog();
        for (int i = 0; i < times.length; i++) {
            log.add(track("Search Performed").user("u" + (i + 1)).at(instant(times[i])));
        }
        return new HandComputedCase(
                "calendar windows follow the zone through a 25-hour day",
                okrFile(
                        "period: {start: 2026-10-25, end: 2026-10-25}\ntimezone: Europe/Oslo\n",
                        kr("hourly", "{type: count, window: hour}"),
                        kr("daily", "{type: count, window: day}"),
                        kr("weekly", "{type: count, window: week}"),
                        kr("last-7-days", "{type: count, window: trailing_7d}")),
                log.records(),
                instant("2026-10-26T12:00Z"),
                List.of(
                        value("daily", start, 1),
                        value("daily", end, 4),
                        readings("daily", 2, start, end),
                        window("daily", "day", start, 4),
                        value("hourly", instant("2026-10-25T01:00Z"), 2),
                        value("hourly", instant("2026-10-25T02:00Z"), 1),
                        noValue("hourly", instant("2026-10-25T03:00Z")),
                        value("hourly", end, 1),
                        readings("hourly", 26, start, end),
                        window("hourly", "hour", instant("2026-10-25T00:00Z"), 2),
                        window("hourly", "hour", instant("2026-10-25T01:00Z"), 1),
                        window("hourly", "hour", instant("2026-10-25T22:00Z"), 1),
                        noWindow("hourly", "hour", instant("2026-10-25T02:00Z")),
                        value("weekly", end, 6),
                        value("last-7-days", start, 3),
                        value("last-7-days", end, 6),
                        window("last-7-days", "trailing_7d", instant("2026-10-18T22:00Z"), 6)));
    }

    /*
     * Europe/Oslo (CET, +01:00), period 25 Nov to 6 Dec 2026. Counts at (local time):
     *   e 2 Nov 13:00; a Sun 29 Nov 23:30; b Mon 30 Nov 00:00; c Mon 30 Nov 23:59:59;
     *   d Tue 1 Dec 00:00; f Sun 6 Dec 23:59.
     * week: Mon 23 - Sun 29 Nov = a = 1 (read on Mon 30 Nov 00:00); Mon 30 Nov - Sun 6 Dec =
     *   b, c, d, f = 4 (read at the period end); live on 1 Dec 00:00: b, c = 2.
     * month: November = e, a, b, c = 4 (read from 1 Dec 00:00); live at the period end: December
     *   so far d, f = 2; at the period start the latest month, October, has no events: no value.
     */
    static HandComputedCase weekAndMonthBoundaries() {
        Instant start = instant("2026-11-25T00:00+01:00");
        Instant nov30 = instant("2026-11-30T00:00+01:00");
        Instant dec1 = instant("2026-12-01T00:00+01:00");
        Instant end = instant("2026-12-07T00:00+01:00");
        RecordLog log = new RecordLog();
        String[] times = {
            "2026-11-02T13:00+01:00",
            "2026-11-29T23:30+01:00",
            "2026-11-30T00:00+01:00",
            "2026-11-30T23:59:59+01:00",
            "2026-12-01T00:00+01:00",
            "2026-12-06T23:59+01:00"
        };
        for (int i = 0; i < times.length; i++) {
            log.add(track("Configuration Error Reported").user("u" + i).at(instant(times[i])));
        }
        String errors = "{type: count, events: [Configuration Error Reported], window: ";
        return new HandComputedCase(
                "weeks start on Monday and months on the first, at local midnight",
                okrFile(
                        "period: {start: 2026-11-25, end: 2026-12-06}\ntimezone: Europe/Oslo\n",
                        kr("weekly", errors + "week}"),
                        kr("monthly", errors + "month}")),
                log.records(),
                instant("2026-12-07T12:00Z"),
                List.of(
                        value("weekly", nov30, 1),
                        live("weekly", dec1, 2),
                        value("weekly", end, 4),
                        noValue("monthly", start),
                        value("monthly", dec1, 4),
                        value("monthly", end, 4),
                        live("monthly", end, 2),
                        window("weekly", "week", instant("2026-11-23T00:00+01:00"), 1),
                        window("weekly", "week", nov30, 4),
                        window("monthly", "month", instant("2026-11-01T00:00+01:00"), 4),
                        noWindow("monthly", "month", dec1)));
    }

    /*
     * UTC, T = Thu 5 Nov 18:00. Feedback Submitted by: u9 Oct 4 23:00, u1 Oct 5 12:00,
     * u2 Oct 30 12:00, u1 Mon 12:00, u3 Wed 12:00, u1 Thu 12:00.
     * trailing_28d (baseline: auto): at Mon 00:00, 5 Oct..1 Nov = Oct 5, Oct 30 = 2 (the auto
     *   baseline); at Tue, 6 Oct..2 Nov = Oct 30, Mon = 2; at Thu and at T, 8 Oct..4 Nov =
     *   Oct 30, Mon, Wed = 3.
     * trailing_7d active users: at Mon, 26 Oct..1 Nov = {u2} = 1; at Thu, 29 Oct..4 Nov =
     *   {u2, u1, u3} = 3.
     * period: at Mon 00:00 nothing yet: no value; at Tue 1; at Thu 2; at T 3 (Thu 12:00 too).
     * Window values: trailing_28d per complete day of the period: Mon (from 6 Oct) 2, Tue (from
     *   7 Oct) 2, Wed (from 8 Oct) 3; period as of T: 3.
     */
    static HandComputedCase trailingAndPeriod() {
        Instant asOf = at(THU, "18:00");
        RecordLog log =
                new RecordLog()
                        .add(
                                feedback("u9", instant("2026-10-04T23:00Z")),
                                feedback("u1", instant("2026-10-05T12:00Z")),
                                feedback("u2", instant("2026-10-30T12:00Z")),
                                feedback("u1", at(MON, "12:00")),
                                feedback("u3", at(WED, "12:00")),
                                feedback("u1", at(THU, "12:00")));
        String feedback = "{type: count, events: [Feedback Submitted], window: ";
        return new HandComputedCase(
                "trailing windows end with the latest complete day; period runs from its start",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "feedback-28d",
                                feedback + "trailing_28d}",
                                "baseline: auto",
                                "target: \"+50%\""),
                        kr("active-7d", "{type: active_users, window: trailing_7d}"),
                        kr("feedback-so-far", feedback + "period}")),
                log.records(),
                asOf,
                List.of(
                        value("feedback-28d", MON, 2),
                        value("feedback-28d", TUE, 2),
                        value("feedback-28d", THU, 3),
                        value("feedback-28d", asOf, 3),
                        noLive("feedback-28d", asOf),
                        value("active-7d", MON, 1),
                        value("active-7d", THU, 3),
                        noValue("feedback-so-far", MON),
                        value("feedback-so-far", TUE, 1),
                        value("feedback-so-far", THU, 2),
                        value("feedback-so-far", asOf, 3),
                        window("feedback-28d", "trailing_28d", instant("2026-10-06T00:00Z"), 2),
                        window("feedback-28d", "trailing_28d", instant("2026-10-07T00:00Z"), 2),
                        window("feedback-28d", "trailing_28d", instant("2026-10-08T00:00Z"), 3),
                        window("feedback-so-far", "period", MON, 3)));
    }

    /*
     * deadline 2026-11-04 ends on Thu 00:00: from then on the reading is the one at Thu 00:00.
     * Feedback Submitted: Mon 10:00, Wed 10:00, Thu 10:00, Fri 10:00 and 11:00, Sat 10:00; T = Sat
     * 12:00. period count: Wed 1, Thu 2, then 2 at Fri, Sat and T (without the deadline: 3, 5, 6).
     * day count: Thu 1 (Wednesday), then 1 at Sat (Friday's 2 would show without it) and no live
     * value at T (Thu 00:00's open day had no events yet; without it, Saturday's 1).
     * Window values are not frozen: the period as of T holds 6, Friday 2.
     */
    static HandComputedCase deadlineFreezesTheReading() {
        Instant asOf = at(SAT, "12:00");
        RecordLog log =
                new RecordLog()
                        .add(
                                feedback("u1", at(MON, "10:00")), feedback("u2", at(WED, "10:00")),
                                feedback("u3", at(THU, "10:00")), feedback("u4", at(FRI, "10:00")),
                                feedback("u5", at(FRI, "11:00")), feedback("u6", at(SAT, "10:00")));
        String feedback = "{type: count, events: [Feedback Submitted], window: ";
        return new HandComputedCase(
                "after its deadline a key result reads as at the deadline's end",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "by-deadline",
                                feedback + "period}",
                                "baseline: 0",
                                "target: 10",
                                "deadline: 2026-11-04"),
                        kr(
                                "daily-by-deadline",
                                feedback + "day}",
                                "baseline: 0",
                                "target: 10",
                                "deadline: 2026-11-04")),
                log.records(),
                asOf,
                List.of(
                        value("by-deadline", WED, 1),
                        value("by-deadline", THU, 2),
                        value("by-deadline", FRI, 2),
                        value("by-deadline", SAT, 2),
                        value("by-deadline", asOf, 2),
                        value("daily-by-deadline", THU, 1),
                        value("daily-by-deadline", SAT, 1),
                        noLive("daily-by-deadline", asOf),
                        window("by-deadline", "period", MON, 6),
                        window("daily-by-deadline", "day", FRI, 2),
                        readings("by-deadline", 7, MON, asOf)));
    }

    private static SegmentEvent feedback(String user, Instant at) {
        return track("Feedback Submitted").user(user).at(at);
    }
}
