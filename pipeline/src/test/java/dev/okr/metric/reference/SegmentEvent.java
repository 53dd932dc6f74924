package dev.okr.metric.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A builder of Segment calls as Kafka records, for tests: {@code SegmentEvent.track("Signed
 * Up").user("u1").at(TUESDAY_10_00).property("source", "ads")}. The record's Kafka timestamp is the
 * event time unless {@link #producedAt} says otherwise; a {@link RecordLog} gives each event a
 * {@code messageId} unless it has one or {@link #noMessageId} was called.
 */
public final class SegmentEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode json = JSON.createObjectNode();
    private Instant eventTime;
    private Instant producedAt;
    private boolean withoutMessageId;

    private SegmentEvent(String type) {
        json.put("type", type);
    }

    /** A {@code track} call of this event. */
    public static SegmentEvent track(String event) {
        SegmentEvent e = new SegmentEvent("track");
        e.json.put("event", event);
        return e;
    }

    /** A {@code page} call (activity, matched only by metrics of any activity). */
    public static SegmentEvent page(String name) {
        SegmentEvent e = new SegmentEvent("page");
        e.json.put("name", name);
        return e;
    }

    /** A {@code screen} call (activity, matched only by metrics of any activity). */
    public static SegmentEvent screen(String name) {
        SegmentEvent e = new SegmentEvent("screen");
        e.json.put("name", name);
        return e;
    }

    /** A call that is not activity: {@code identify}, {@code group} or {@code alias}. */
    public static SegmentEvent call(String type) {
        return new SegmentEvent(type);
    }

    public SegmentEvent user(String userId) {
        json.put("userId", userId);
        return this;
    }

    public SegmentEvent anonymous(String anonymousId) {
        json.put("anonymousId", anonymousId);
        return this;
    }

    public SegmentEvent messageId(String messageId) {
        json.put("messageId", messageId);
        return this;
    }

    /** Leaves the call without a {@code messageId}: duplicates are then found by content. */
    public SegmentEvent noMessageId() {
        json.remove("messageId");
        withoutMessageId = true;
        return this;
    }

    /** The event time, written as {@code timestamp} in UTC with milliseconds. */
    public SegmentEvent at(Instant time) {
        eventTime = time;
        json.put("timestamp", time.toString());
        return this;
    }

    /** A top-level field as given, e.g. {@code timestamp} written with an offset, or garbage. */
    public SegmentEvent field(String name, Object value) {
        json.set(name, JSON.valueToTree(value));
        return this;
    }

    /** Removes a top-level field, e.g. {@code timestamp}. */
    public SegmentEvent without(String name) {
        json.remove(name);
        return this;
    }

    /** A property at a dotted path, creating the objects on the way. */
    public SegmentEvent property(String dottedPath, Object value) {
        ObjectNode node =
                json.has("properties")
                        ? (ObjectNode) json.get("properties")
                        : json.putObject("properties");
        List<String> names = List.of(dottedPath.split("\\."));
        for (String name : names.subList(0, names.size() - 1)) {
            node = node.has(name) ? (ObjectNode) node.get(name) : node.putObject(name);
        }
        node.set(names.get(names.size() - 1), JSON.valueToTree(value));
        return this;
    }

    /** The record's Kafka timestamp, when it is not the event time. */
    public SegmentEvent producedAt(Instant kafkaTimestamp) {
        producedAt = kafkaTimestamp;
        return this;
    }

    boolean wantsMessageId() {
        return !withoutMessageId && !json.has("messageId");
    }

    /** The call as JSON text. */
    public String json() {
        return json.toString();
    }

    /** The call as a Kafka record. */
    public TimedRecord record() {
        Instant kafka = producedAt != null ? producedAt : eventTime;
        if (kafka == null) {
            throw new IllegalStateException("a call without an event time needs producedAt");
        }
        return TimedRecord.of(json(), kafka);
    }
}
