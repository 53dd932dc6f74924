package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.THU;
import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.WEEK_IN_UTC;
import static dev.okr.metric.reference.CaseText.at;
import static dev.okr.metric.reference.CaseText.kr;
import static dev.okr.metric.reference.CaseText.okrFile;
import static dev.okr.metric.reference.Expectation.value;
import static dev.okr.metric.reference.Expectation.window;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Instant;
import java.util.List;

/** Hand-computed cases of duration, keyed by user and by a property. */
final class DurationCases {

    private DurationCases() {}

    static List<HandComputedCase> all() {
        return List.of(durationPerUser(), durationPerTicket());
    }

    /*
     * Signed Up -> Project Created per user, from the first Signed Up to the first Project Created
     * at or after it; the sample falls in the day of the Project Created:
     * u1 10:00 -> 10:06 = 6 min (Tue); u2 11:00 -> 11:03 (not 11:30) = 3 min (Tue);
     * u3's only project (09:00) is before its sign-up (12:00): no sample;
     * u4 signed up at 08:00 and 13:00, the first counts: 08:00 -> 14:00 = 360 min (Tue);
     * u5 Tue 23:00 -> Wed 01:00 = 120 min (Wed); u6 20:00 -> 20:00 at the same instant = 0 (Tue).
     * Tuesday's samples {6, 3, 360, 0}: mean 369 / 4 = 92.25 min = 5535 s;
     * median = nearest rank ceil(0.5 x 4) = 2nd of [0, 3, 6, 360] = 3; p90 = ceil(3.6) = 4th = 360.
     * Wednesday: {120}.
     * where {source: ads} tests the first Signed Up: u1 (ads) 6 and u6 (ads) 0 count; u2 is
     * organic; u4's first sign-up is organic, so its later ads sign-up starts no clock:
     * Tuesday mean (6 + 0) / 2 = 3; Wednesday u5 (ads) 120.
     */
    static HandComputedCase durationPerUser() {
        RecordLog log =
                new RecordLog()
                        .add(
                                signedUp("u1", at(TUE, "10:00"), "ads"),
                                created("u1", at(TUE, "10:06")),
                                signedUp("u2", at(TUE, "11:00"), "organic"),
                                created("u2", at(TUE, "11:30")),
                                created("u2", at(TUE, "11:03")),
                                created("u3", at(TUE, "09:00")),
                                signedUp("u3", at(TUE, "12:00"), "ads"),
                                signedUp("u4", at(TUE, "13:00"), "ads"),
                                signedUp("u4", at(TUE, "08:00"), "organic"),
                                created("u4", at(TUE, "14:00")),
                                signedUp("u5", at(TUE, "23:00"), "ads"),
                                created("u5", at(WED, "01:00")),
                                signedUp("u6", at(TUE, "20:00"), "ads"),
                                created("u6", at(TUE, "20:00")));
        String aha = "{type: duration, from: Signed Up, to: Project Created, window: day, ";
        return new HandComputedCase(
                "duration samples each user's first from to the first to at or after it",
                okrFile(
                        WEEK_IN_UTC,
                        kr("aha-mean", aha + "unit: minutes}", "baseline: 10", "target: 4"),
                        kr(
                                "aha-median",
                                aha + "unit: minutes, statistic: median}",
                                "baseline: 10",
                                "target: 4"),
                        kr(
                                "aha-p90",
                                aha + "unit: minutes, statistic: p90}",
                                "baseline: 10",
                                "target: 4"),
                        kr("aha-seconds", aha + "statistic: mean}", "baseline: 600", "target: 240"),
                        kr(
                                "aha-ads",
                                aha + "unit: minutes, where: {source: ads}}",
                                "baseline: 10",
                                "target: 4")),
                log.records(),
                THU,
                List.of(
                        value("aha-mean", WED, 92.25),
                        value("aha-median", WED, 3),
                        value("aha-p90", WED, 360),
                        value("aha-seconds", WED, 5535),
                        value("aha-ads", WED, 3),
                        value("aha-mean", THU, 120),
                        value("aha-median", THU, 120),
                        value("aha-ads", THU, 120),
                        window("aha-mean", "day", TUE, 92.25),
                        window("aha-mean", "day", WED, 120)));
    }

    /*
     * Ticket Created -> Ticket Replied per ticket_id, in hours; replies come from agents, not the
     * customer: T-1 08:00 -> 11:00 = 3 h; T-2 09:00 -> 09:30 = 0.5 h (the same customer's second
     * ticket waits on its own); T-3 has no reply; T-4's 07:00 reply is before its creation at
     * 08:00, the next one at 12:00 counts: 4 h; the text "5" and the number 5 are different
     * tickets: no sample; a reply without ticket_id is no ticket's.
     * Tuesday mean: (3 + 0.5 + 4) / 3 = 2.5 h.
     */
    static HandComputedCase durationPerTicket() {
        RecordLog log =
                new RecordLog()
                        .add(
                                ticket("Ticket Created", "u1", at(TUE, "08:00"), "T-1"),
                                ticket("Ticket Replied", "agent-1", at(TUE, "11:00"), "T-1"),
                                ticket("Ticket Created", "u1", at(TUE, "09:00"), "T-2"),
                                ticket("Ticket Replied", "agent-2", at(TUE, "09:30"), "T-2"),
                                ticket("Ticket Created", "u2", at(TUE, "10:00"), "T-3"),
                                ticket("Ticket Replied", "agent-1", at(TUE, "07:00"), "T-4"),
                                ticket("Ticket Created", "u3", at(TUE, "08:00"), "T-4"),
                                ticket("Ticket Replied", "agent-1", at(TUE, "12:00"), "T-4"),
                                ticket("Ticket Created", "u4", at(TUE, "08:00"), "5"),
                                ticket("Ticket Replied", "agent-1", at(TUE, "09:00"), 5),
                                track("Ticket Replied").user("agent-2").at(at(TUE, "10:00")));
        return new HandComputedCase(
                "duration keyed by a property samples each ticket once",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "response",
                                "{type: duration, from: Ticket Created, to: Ticket Replied,"
                                        + " key: ticket_id, unit: hours, window: day}",
                                "baseline: 24",
                                "target: 6")),
                log.records(),
                THU,
                List.of(value("response", WED, 2.5), window("response", "day", TUE, 2.5)));
    }

    private static SegmentEvent signedUp(String user, Instant at, String source) {
        return track("Signed Up").user(user).at(at).property("source", source);
    }

    private static SegmentEvent created(String user, Instant at) {
        return track("Project Created").user(user).at(at);
    }

    private static SegmentEvent ticket(String event, String user, Instant at, Object id) {
        return track(event).user(user).at(at).property("ticket_id", id);
    }
}
