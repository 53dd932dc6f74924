package dev.okr.metric.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Delivers simulated calls to a single-partition topic the way real tracking does: each record is
 * produced (its Kafka timestamp) a random delay after its event time, mostly within seconds, a few
 * up to 20 hours late; some calls lack a {@code messageId}; some are retried (duplicates); a few
 * are malformed or future-dated; and a few arrive days late, at least {@link #TOO_LATE} behind the
 * latest event time produced before them. Late but accepted events are never more than 20.5 hours
 * behind, so that any watermark within the 48-hour bound agrees with the reference's simple rule.
 */
final class TopicDelivery {

    /** How far behind the latest event time a too-late event is, at least. */
    static final Duration TOO_LATE = Duration.ofDays(5);

    /** The too-late events fall in this many days from the first simulated day. */
    static final Duration TOO_LATE_DAYS = Duration.ofDays(11);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MALFORMED =
            List.of(
                    "{\"type\":\"track\",\"event\":\"Signed Up\"",
                    "[]",
                    "\"Signed Up\"",
                    "",
                    "null",
                    "{\"type\":\"track\",\"event\":\"Signed Up\",\"timestamp\":\"2026-10-21T10:00:00Z\"}",
                    "{\"type\":\"page\",\"userId\":\"u-001\",\"name\":\"Home\"}",
                    "{\"type\":\"page\",\"userId\":\"u-001\",\"timestamp\":\"21 Oct 2026\"}");

    /** A record on its way to the topic. */
    private record Pending(String text, Instant eventTime, Instant producedAt, boolean counts) {}

    private final SimulationClock clock;
    private final String idPrefix;
    private final Instant tooLateFrom;
    private final List<Instant> tooLate = new ArrayList<>();
    private int nextId;

    TopicDelivery(SimulationClock clock, long seed, Instant firstDayStart) {
        this.clock = clock;
        this.tooLateFrom = firstDayStart;
        this.idPrefix = "m" + Long.toHexString(seed) + "-";
    }

    /** The topic's records in production order. */
    List<TimedRecord> deliver(List<SimulatedCall> calls) {
        List<Pending> pending = new ArrayList<>();
        for (SimulatedCall call : calls) {
            if (clock.chance(0.95)) {
                call.event().messageId(idPrefix + nextId++);
            }
            Pending first = new Pending(call.event().json(), call.time(), producedAt(call), true);
            pending.add(first);
            if (clock.chance(0.02)) {
                pending.add(retry(first, call.event().wantsMessageId()));
            }
        }
        for (int i = 0; i < 12; i++) {
            pending.add(futureDated(calls.get(clock.random().nextInt(calls.size()))));
        }
        for (String text : MALFORMED) {
            pending.add(new Pending(text, null, someTime(calls), false));
        }
        // One value over 1 MiB: too_large.
        String big =
                edit(
                        calls.get(0).event().json(),
                        json ->
                                json.put(
                                        "padding",
                                        "x".repeat(SegmentRecordParser.MAX_VALUE_BYTES)));
        pending.add(new Pending(big, null, someTime(calls), false));
        pending.sort(Comparator.comparing(Pending::producedAt));
        return withTooLate(pending, calls).stream()
                .map(p -> TimedRecord.of(p.text(), p.producedAt()))
                .toList();
    }

    private Instant someTime(List<SimulatedCall> calls) {
        return calls.get(clock.random().nextInt(calls.size())).time();
    }

    /** The event times of the too-late records, oldest first. */
    List<Instant> tooLateEventTimes() {
        return tooLate.stream().sorted().toList();
    }

    private Instant producedAt(SimulatedCall call) {
        double kind = clock.random().nextDouble();
        Duration max =
                kind < 0.9
                        ? Duration.ofSeconds(2)
                        : kind < 0.98 ? Duration.ofMinutes(10) : Duration.ofHours(20);
        return clock.after(call.time(), max);
    }

    /** The same call produced again within 30 minutes; without messageId, with a sentAt added. */
    private Pending retry(Pending first, boolean withoutMessageId) {
        String text = first.text();
        if (withoutMessageId && clock.chance(0.5)) {
            text = edit(text, json -> json.put("sentAt", first.producedAt().toString()));
        }
        return new Pending(
                text,
                first.eventTime(),
                clock.after(first.producedAt(), Duration.ofMinutes(30)),
                true);
    }

    /** A new call whose event time is more than an hour after its Kafka timestamp. */
    private Pending futureDated(SimulatedCall call) {
        Instant produced = call.time();
        Instant time =
                clock.after(
                        produced.plus(Duration.ofHours(1)).plusSeconds(60), Duration.ofHours(3));
        String text =
                edit(
                        call.event().json(),
                        json ->
                                json.put("timestamp", time.toString())
                                        .put("messageId", idPrefix + nextId++)
                                        .remove("originalTimestamp"));
        return new Pending(text, time, produced, false);
    }

    /**
     * Inserts about 15 too-late copies of random calls, at least {@link #TOO_LATE} behind the
     * latest event time of the valid records before them. Their event times all fall in the first
     * {@link #TOO_LATE_DAYS} days, so that every as-of instant from 3 days after that is clear (see
     * {@link RandomEventStream#lateRuleIsClearAt}), yet the readings at the period start (trailing
     * 28 days, the previous month, cohorts) still see them if they were counted.
     */
    private List<Pending> withTooLate(List<Pending> sorted, List<SimulatedCall> calls) {
        List<Pending> out = new ArrayList<>();
        Instant latest = null;
        for (Pending p : sorted) {
            Instant time =
                    tooLateFrom.plusMillis(
                            (long) (clock.random().nextDouble() * TOO_LATE_DAYS.toMillis()));
            if (latest != null
                    && !time.plus(TOO_LATE).isAfter(latest)
                    && clock.chance(30.0 / sorted.size())) {
                SimulatedCall model = calls.get(clock.random().nextInt(calls.size()));
                String text =
                        edit(
                                model.event().json(),
                                json ->
                                        json.put("timestamp", time.toString())
                                                .put("messageId", idPrefix + nextId++)
                                                .remove("originalTimestamp"));
                out.add(new Pending(text, time, p.producedAt(), false));
                tooLate.add(time);
            }
            out.add(p);
            if (p.counts() && (latest == null || p.eventTime().isAfter(latest))) {
                latest = p.eventTime();
            }
        }
        return out;
    }

    private static String edit(String text, Consumer<ObjectNode> change) {
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(text);
            change.accept(json);
            return json.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the simulation wrote JSON it cannot read: " + text, e);
        }
    }
}
