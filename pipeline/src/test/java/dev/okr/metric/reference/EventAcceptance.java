package dev.okr.metric.reference;

import dev.okr.metric.reference.SegmentRecordParser.Invalid;
import dev.okr.metric.reference.SegmentRecordParser.Parsed;
import dev.okr.metric.reference.SegmentRecordParser.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which records of a topic a bounded run counts, and which it rejects (SPEC §1 and §3), decided
 * record by record in topic order:
 *
 * <ol>
 *   <li>a record that fails a check of SPEC §1 is rejected with its reason code;
 *   <li>a valid event more than {@link #LATENESS} of event time before the latest event time of the
 *       valid records before it is rejected {@code too_late}. This simple rule stands for the
 *       pipeline's watermark, whose exact position is not deterministic to the millisecond; random
 *       streams keep late events well inside or well outside it;
 *   <li>an event after the as-of instant is ignored;
 *   <li>an event whose key (its {@code messageId}, else its content) an earlier counted event had
 *       is a duplicate, and not counted;
 *   <li>the rest are accepted.
 * </ol>
 *
 * Choices where SPEC §1 is silent: every valid record moves the latest event time, those after the
 * as-of instant included (the pipeline reads the whole topic); rejected and ignored records never
 * make a later record a duplicate; deduplication has no horizon (SPEC: at least 7 days).
 */
public final class EventAcceptance {

    /** SPEC §3: events up to 48 hours of event time behind are still counted. */
    public static final Duration LATENESS = Duration.ofHours(48);

    private final List<AcceptedEvent> accepted = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int duplicates;
    private int ignored;

    private EventAcceptance() {}

    /** Decides every record of a topic for a run as of {@code asOf}. */
    public static EventAcceptance of(List<TimedRecord> records, Instant asOf) {
        EventAcceptance acceptance = new EventAcceptance();
        Instant latest = null;
        Set<Object> seen = new HashSet<>();
        for (int index = 0; index < records.size(); index++) {
            Parsed parsed = SegmentRecordParser.parse(index, records.get(index));
            if (parsed instanceof Invalid invalid) {
                acceptance.rejections.add(new Rejection(index, invalid.reason(), invalid.detail()));
                continue;
            }
            Valid valid = (Valid) parsed;
            Instant time = valid.event().time();
            if (latest != null && time.isBefore(latest.minus(LATENESS))) {
                acceptance.rejections.add(
                        new Rejection(index, "too_late", time + " is over 48 h before " + latest));
            } else if (time.isAfter(asOf)) {
                acceptance.ignored++;
            } else if (!seen.add(valid.dedupKey())) {
                acceptance.duplicates++;
            } else {
                acceptance.accepted.add(valid.event());
            }
            latest = latest == null || time.isAfter(latest) ? time : latest;
        }
        return acceptance;
    }

    /** The counted events, in topic order. */
    public List<AcceptedEvent> accepted() {
        return List.copyOf(accepted);
    }

    /** The rejected records, in topic order. */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** How many valid records repeated an event already counted. */
    public int duplicates() {
        return duplicates;
    }

    /** How many valid records had an event time after the as-of instant. */
    public int ignoredAfterAsOf() {
        return ignored;
    }
}
