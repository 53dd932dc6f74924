package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.MON;
import static dev.okr.metric.reference.CaseText.NEXT_MON;
import static dev.okr.metric.reference.CaseText.SAT;
import static dev.okr.metric.reference.CaseText.SUN;
import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.WEEK_IN_UTC;
import static dev.okr.metric.reference.CaseText.at;
import static dev.okr.metric.reference.CaseText.kr;
import static dev.okr.metric.reference.CaseText.okrFile;
import static dev.okr.metric.reference.Expectation.live;
import static dev.okr.metric.reference.Expectation.readings;
import static dev.okr.metric.reference.Expectation.rejected;
import static dev.okr.metric.reference.Expectation.value;
import static dev.okr.metric.reference.SegmentEvent.call;
import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.screen;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-computed cases of what is counted: rejects, duplicates, anonymous users, lateness, T. */
final class IngestionCases {

    private static final String DAILY_COUNT = kr("events", "{type: count, window: day}");
    private static final String DAILY_USERS = kr("users", "{type: active_users, window: day}");

    private IngestionCases() {}

    static List<HandComputedCase> all() {
        return List.of(rejects(), duplicates(), anonymousUsers(), lateEvents(), eventsAfterAsOf());
    }

    /*
     * Only records 0, 9, 10 and 12 are valid: 4 events on Tuesday. Record 12's event time is
     * exactly 1 hour after its Kafka timestamp (allowed); record 11's is 1 ms more.
     */
    static HandComputedCase rejects() {
        Instant ten = at(TUE, "10:00");
        Instant noon = at(TUE, "12:00");
        RecordLog log = new RecordLog();
        log.add(search("u1").at(ten)); // 0 counted
        log.addText("{not json", ten); // 1
        log.addText("[1,2]", ten); // 2
        log.addText("\"text\"", ten); // 3
        log.add(track("Search Performed").at(ten)); // 4 neither userId nor anonymousId
        log.add(search("").at(ten)); // 5 empty userId, no anonymousId
        log.add(search("u2").producedAt(ten)); // 6 no time field at all
        log.add(search("u2").field("timestamp", "yesterday").producedAt(ten)); // 7
        log.add(search("u2").field("timestamp", "2026-11-03T10:00:00").producedAt(ten)); // 8
        // 9 counted: a null timestamp is absent, originalTimestamp is read instead
        log.add(
                search("u3")
                        .field("timestamp", null)
                        .field("originalTimestamp", "2026-11-03T11:00:00Z")
                        .producedAt(noon));
        // 10 counted: neither timestamp nor originalTimestamp, receivedAt is read
        log.add(search("u4").field("receivedAt", "2026-11-03T12:00:00+00:00").producedAt(noon));
        log.add(search("u5").at(at(TUE, "13:00:00.001")).producedAt(noon)); // 11 future
        log.add(search("u6").at(at(TUE, "13:00")).producedAt(noon)); // 12 counted: 1 h exactly
        log.add(search("u7").at(ten).property("blob", "x".repeat(1024 * 1024))); // 13 too large
        log.addText("", ten); // 14
        log.addText("null", ten); // 15
        // 16: a number is not ISO-8601 text
        log.add(search("u8").field("timestamp", 1793700000000L).producedAt(ten));
        return new HandComputedCase(
                "invalid records are rejected with their reason and never counted",
                okrFile(WEEK_IN_UTC, DAILY_COUNT),
                log.records(),
                WED,
                List.of(
                        value("events", WED, 4),
                        rejected(1, "malformed_json"),
                        rejected(2, "not_an_object"),
                        rejected(3, "not_an_object"),
                        rejected(4, "missing_identity"),
                        rejected(5, "missing_identity"),
                        rejected(6, "missing_timestamp"),
                        rejected(7, "bad_timestamp"),
                        rejected(8, "bad_timestamp"),
                        rejected(11, "future_timestamp"),
                        rejected(13, "too_large"),
                        rejected(14, "malformed_json"),
                        rejected(15, "not_an_object"),
                        rejected(16, "bad_timestamp")));
    }

    /*
     * 0 (messageId x) counted; 1, the same bytes again: duplicate; 2, messageId x with other
     * content: duplicate (the first counts). Without messageId: 3 counted; 4 the same: duplicate;
     * 5 the same with sentAt and context added (not part of the key): duplicate; 6 other
     * properties, 7 another event name, 8 another user, 9 a page and 10 a screen at the same time:
     * all counted. Tuesday: 0, 3, 6, 7, 8, 9, 10 = 7 events; users u1, u3, u4, u5 = 4.
     */
    static HandComputedCase duplicates() {
        Instant noon = at(TUE, "12:00");
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Feature Used")
                                        .user("u1")
                                        .at(at(TUE, "10:00"))
                                        .messageId("x"),
                                track("Feature Used")
                                        .user("u1")
                                        .at(at(TUE, "10:00"))
                                        .messageId("x"),
                                track("Feature Used")
                                        .user("u2")
                                        .at(at(TUE, "11:00"))
                                        .messageId("x"),
                                plain("Feature Used", "u3", noon, "insights"),
                                plain("Feature Used", "u3", noon, "insights"),
                                plain("Feature Used", "u3", noon, "insights")
                                        .field("sentAt", "2026-11-03T12:00:05Z")
                                        .field("context", Map.of("library", "analytics.js")),
                                plain("Feature Used", "u3", noon, "export"),
                                plain("Export Started", "u3", noon, "insights"),
                                plain("Feature Used", "u4", noon, "insights"),
                                page("Home").user("u5").at(noon).noMessageId(),
                                screen("Home").user("u5").at(noon).noMessageId());
        return new HandComputedCase(
                "duplicates count once, by messageId or else by content",
                okrFile(WEEK_IN_UTC, DAILY_COUNT, DAILY_USERS),
                log.records(),
                WED,
                List.of(value("events", WED, 7), value("users", WED, 4)));
    }

    /*
     * a1 (page, track) once; u1 with anonymousId a1 is u1, not a1 (no alias merging); u1 again;
     * an empty userId with anonymousId a2 is a2; a3's identify is not activity. Tuesday: {a1, u1,
     * a2} = 3.
     */
    static HandComputedCase anonymousUsers() {
        RecordLog log =
                new RecordLog()
                        .add(
                                page("Home").anonymous("a1").at(at(TUE, "09:00")),
                                track("Search Performed").anonymous("a1").at(at(TUE, "10:00")),
                                track("Signed Up").user("u1").anonymous("a1").at(at(TUE, "11:00")),
                                page("Dashboard").user("u1").at(at(TUE, "12:00")),
                                page("Pricing").user("").anonymous("a2").at(at(TUE, "13:00")),
                                call("identify").anonymous("a3").at(at(TUE, "14:00")));
        return new HandComputedCase(
                "an anonymous user is its anonymousId, a known one its userId",
                okrFile(WEEK_IN_UTC, DAILY_USERS),
                log.records(),
                WED,
                List.of(value("users", WED, 3)));
    }

    /*
     * In topic order: 0 u1 Tue 10:00; 1 u2 Wed 08:00; 2 u3 Tue 12:00, 20 h behind the latest
     * (Wed 08:00): late but counted; 3 u4 Sun 10:00; 4 u5 Tue 11:00, 5 days 23 hours behind Sun
     * 10:00: too_late; 5 u6 Sat 12:00, 22 h behind: counted.
     * Tuesday {u1, u3} = 2 (the late u3 counts in the readings already written for Tuesday);
     * Saturday {u6} = 1.
     */
    static HandComputedCase lateEvents() {
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Search Performed").user("u1").at(at(TUE, "10:00")),
                                track("Search Performed").user("u2").at(at(WED, "08:00")),
                                track("Search Performed")
                                        .user("u3")
                                        .at(at(TUE, "12:00"))
                                        .producedAt(at(WED, "08:00")),
                                track("Search Performed").user("u4").at(at(SUN, "10:00")),
                                track("Search Performed")
                                        .user("u5")
                                        .at(at(TUE, "11:00"))
                                        .producedAt(at(SUN, "10:00")),
                                track("Search Performed")
                                        .user("u6")
                                        .at(at(SAT, "12:00"))
                                        .producedAt(at(SUN, "10:00")));
        return new HandComputedCase(
                "late events within 48 hours count, later ones are rejected too_late",
                okrFile(WEEK_IN_UTC, DAILY_USERS),
                log.records(),
                NEXT_MON.plus(Duration.ofHours(12)),
                List.of(value("users", WED, 2), value("users", SUN, 1), rejected(4, "too_late")));
    }

    /*
     * T = Wed 12:00. u1 Tue 10:00 counts; u2 Wed 13:00 is after T: ignored; u3 Wed 11:00 is in
     * the open day; u4 at exactly T is not before T, so no reading sees it.
     * At T: Tuesday = 1, live (Wednesday before T) = {u3} = 1. Readings: Mon, Tue, Wed 00:00 and T.
     */
    static HandComputedCase eventsAfterAsOf() {
        Instant asOf = at(WED, "12:00");
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Search Performed").user("u1").at(at(TUE, "10:00")),
                                track("Search Performed").user("u2").at(at(WED, "13:00")),
                                track("Search Performed").user("u3").at(at(WED, "11:00")),
                                track("Search Performed").user("u4").at(asOf));
        return new HandComputedCase(
                "a bounded run ignores events after T and reads at T",
                okrFile(WEEK_IN_UTC, DAILY_COUNT),
                log.records(),
                asOf,
                List.of(
                        value("events", asOf, 1),
                        live("events", asOf, 1),
                        readings("events", 4, MON, asOf)));
    }

    private static SegmentEvent search(String user) {
        return track("Search Performed").user(user);
    }

    private static SegmentEvent plain(String event, String user, Instant at, String feature) {
        return track(event).user(user).at(at).property("feature", feature).noMessageId();
    }
}
