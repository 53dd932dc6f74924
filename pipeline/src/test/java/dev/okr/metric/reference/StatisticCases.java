package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.FRI;
import static dev.okr.metric.reference.CaseText.THU;
import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.WEEK_IN_UTC;
import static dev.okr.metric.reference.CaseText.at;
import static dev.okr.metric.reference.CaseText.kr;
import static dev.okr.metric.reference.CaseText.okrFile;
import static dev.okr.metric.reference.Expectation.noValue;
import static dev.okr.metric.reference.Expectation.noWindow;
import static dev.okr.metric.reference.Expectation.value;
import static dev.okr.metric.reference.Expectation.window;
import static dev.okr.metric.reference.SegmentEvent.page;
import static dev.okr.metric.reference.SegmentEvent.track;

import java.util.List;
import java.util.Map;

/** Hand-computed cases of min, max, percentile, ratio and NPS. */
final class StatisticCases {

    private StatisticCases() {}

    static List<HandComputedCase> all() {
        return List.of(minAndMax(), percentile(), ratio(), nps());
    }

    /*
     * Search Performed results, Tuesday: 3, 0, 12; a search without results and one whose results
     * is an object have none; the page's results do not match. min 0 (a value, not "no data"),
     * max 12. Wednesday: -1.5 alone: min = max = -1.5.
     */
    static HandComputedCase minAndMax() {
        RecordLog log =
                new RecordLog()
                        .add(
                                track("Search Performed")
                                        .user("u1")
                                        .at(at(TUE, "09:00"))
                                        .property("results", 3),
                                track("Search Performed")
                                        .user("u1")
                                        .at(at(TUE, "10:00"))
                                        .property("results", 0),
                                track("Search Performed")
                                        .user("u2")
                                        .at(at(TUE, "11:00"))
                                        .property("results", 12),
                                track("Search Performed").user("u2").at(at(TUE, "12:00")),
                                track("Search Performed")
                                        .user("u3")
                                        .at(at(TUE, "13:00"))
                                        .property("results", Map.of("n", 50)),
                                page("Docs")
                                        .user("u3")
                                        .at(at(TUE, "14:00"))
                                        .property("results", 100),
                                track("Search Performed")
                                        .user("u1")
                                        .at(at(WED, "09:00"))
                                        .property("results", -1.5));
        return new HandComputedCase(
                "min and max read the numeric property, zero and negatives included",
                okrFile(
                        WEEK_IN_UTC,
                        kr("fewest", "{type: min, events: [Search Performed], property: results}"),
                        kr("most", "{type: max, events: [Search Performed], property: results}")),
                log.records(),
                THU,
                List.of(
                        value("fewest", WED, 0),
                        value("most", WED, 12),
                        value("fewest", THU, -1.5),
                        value("most", THU, -1.5),
                        window("fewest", "day", TUE, 0),
                        window("most", "day", WED, -1.5)));
    }

    /*
     * Search Performed latency_ms on Tuesday: 10, 20, ..., 200 (20 samples, produced shuffled).
     * Nearest rank k = ceil(p x 20 / 100): p95 -> 19 -> 190; p50 -> 10 -> 100;
     * p99.9 -> ceil(19.98) = 20 -> 200; p7.5 -> ceil(1.5) = 2 -> 20.
     * Wednesday: one sample, 42: every percentile is 42. Thursday: none: no value.
     */
    static HandComputedCase percentile() {
        int[] shuffled = {
            130, 20, 200, 70, 110, 10, 180, 40, 150, 90, 60, 190, 30, 120, 170, 50, 100, 160, 80,
            140
        };
        RecordLog log = new RecordLog();
        for (int i = 0; i < shuffled.length; i++) {
            log.add(
                    track("Search Performed")
                            .user("u" + i)
                            .at(at(TUE, "10:00").plusSeconds(60L * i))
                            .property("latency_ms", shuffled[i]));
        }
        log.add(
                track("Search Performed")
                        .user("u1")
                        .at(at(WED, "10:00"))
                        .property("latency_ms", 42));
        String metric = "{type: percentile, events: [Search Performed], property: latency_ms, p: ";
        return new HandComputedCase(
                "percentile is the nearest rank: the smallest sample with p% of samples at or below",
                okrFile(
                        WEEK_IN_UTC,
                        kr("p95", metric + "95}"),
                        kr("p50", metric + "50}"),
                        kr("p999", metric + "99.9}"),
                        kr("p7-5", metric + "7.5}")),
                log.records(),
                FRI,
                List.of(
                        value("p95", WED, 190),
                        value("p50", WED, 100),
                        value("p999", WED, 200),
                        value("p7-5", WED, 20),
                        value("p95", THU, 42),
                        value("p7-5", THU, 42),
                        noValue("p95", FRI),
                        window("p95", "day", TUE, 190)));
    }

    /*
     * error-rate = API Requests with a numeric status >= 500 / all API Requests, per day:
     * Tuesday 503 and 500 of {200, 200, 503, 500, "500"} = 2/5 = 0.4 (the text "500" is a request
     * but no number); Wednesday 0 of 2 = 0, a value; Thursday no requests: denominator 0, no value.
     * revenue-per-user = revenue / active users: Tuesday 30 / {u1, u2, u3} = 10; Wednesday no
     * order, u4 active: 0 / 1 = 0; Thursday nobody active: no value.
     */
    static HandComputedCase ratio() {
        RecordLog log =
                new RecordLog()
                        .add(
                                track("API Request")
                                        .user("u1")
                                        .at(at(TUE, "09:00"))
                                        .property("status", 200),
                                track("API Request")
                                        .user("u1")
                                        .at(at(TUE, "09:01"))
                                        .property("status", 200),
                                track("API Request")
                                        .user("u2")
                                        .at(at(TUE, "09:02"))
                                        .property("status", 503),
                                track("API Request")
                                        .user("u2")
                                        .at(at(TUE, "09:03"))
                                        .property("status", 500),
                                track("API Request")
                                        .user("u3")
                                        .at(at(TUE, "09:04"))
                                        .property("status", "500"),
                                track("Order Completed")
                                        .user("u1")
                                        .at(at(TUE, "09:30"))
                                        .property("revenue", 30),
                                track("API Request")
                                        .user("u4")
                                        .at(at(WED, "09:00"))
                                        .property("status", 200),
                                track("API Request")
                                        .user("u4")
                                        .at(at(WED, "09:01"))
                                        .property("status", 201));
        return new HandComputedCase(
                "ratio divides two metrics over the same window; a zero denominator has no value",
                okrFile(
                        WEEK_IN_UTC,
                        kr(
                                "error-rate",
                                "{type: ratio, numerator: {type: count, events: "
                                        + "[API Request], where: {status: {gte: 500}}}, denominator: "
                                        + "{type: count, events: [API Request]}, window: day}"),
                        kr(
                                "revenue-per-user",
                                "{type: ratio, numerator: {type: sum, events: "
                                        + "[Order Completed], property: revenue}, denominator: "
                                        + "{type: active_users}, window: day}")),
                log.records(),
                FRI,
                List.of(
                        value("error-rate", WED, 0.4),
                        value("error-rate", THU, 0),
                        noValue("error-rate", FRI),
                        value("revenue-per-user", WED, 10),
                        value("revenue-per-user", THU, 0),
                        noValue("revenue-per-user", FRI),
                        window("error-rate", "day", TUE, 0.4),
                        window("error-rate", "day", WED, 0),
                        noWindow("error-rate", "day", THU)));
    }

    /*
     * NPS Survey Submitted score, Tuesday: 10, 9, 9 promoters; 8, 7 passives; 6, 0 detractors;
     * 11, -1, 9.5, the text "10" and a missing score are not responses; CSAT's score does not
     * match. 100 x (3 - 2) / 7 = 14.285714...
     * Wednesday: 6 and 5: 100 x (0 - 2) / 2 = -100.
     * answer.value of Feedback Submitted, Tuesday: 10 and 3: 100 x (1 - 1) / 2 = 0.
     */
    static HandComputedCase nps() {
        RecordLog log = new RecordLog();
        Object[] tuesday = {10, 9, 9, 8, 7, 6, 0, 11, -1, 9.5, "10"};
        for (int i = 0; i < tuesday.length; i++) {
            log.add(
                    track("NPS Survey Submitted")
                            .user("u" + i)
                            .at(at(TUE, "10:00").plusSeconds(60L * i))
                            .property("score", tuesday[i]));
        }
        log.add(
                track("NPS Survey Submitted").user("u20").at(at(TUE, "12:00")),
                track("CSAT Survey Submitted")
                        .user("u21")
                        .at(at(TUE, "12:00"))
                        .property("score", 10),
                track("NPS Survey Submitted").user("u1").at(at(WED, "10:00")).property("score", 6),
                track("NPS Survey Submitted").user("u2").at(at(WED, "11:00")).property("score", 5),
                track("Feedback Submitted")
                        .user("u1")
                        .at(at(TUE, "13:00"))
                        .property("answer.value", 10),
                track("Feedback Submitted")
                        .user("u2")
                        .at(at(TUE, "14:00"))
                        .property("answer.value", 3));
        return new HandComputedCase(
                "nps is 100 x (promoters - detractors) / responses of integers 0 to 10",
                okrFile(
                        WEEK_IN_UTC,
                        kr("nps", "{type: nps, event: NPS Survey Submitted}"),
                        kr(
                                "feedback-nps",
                                "{type: nps, event: Feedback Submitted, "
                                        + "property: answer.value}")),
                log.records(),
                THU,
                List.of(
                        value("nps", WED, 100.0 / 7),
                        value("nps", THU, -100),
                        value("feedback-nps", WED, 0),
                        noValue("feedback-nps", THU)));
    }
}
