package dev.okr.metric.reference;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns one Kafka record into an event or a reason code, by the rules of SPEC §1 read literally.
 * The checks run in the order of the reason codes' list: size, JSON, object, identity, timestamp,
 * future.
 */
final class SegmentRecordParser {

    /** SPEC §1: a value over 1 MiB is {@code too_large}. */
    static final int MAX_VALUE_BYTES = 1024 * 1024;

    /** SPEC §1: an event time more than this after the record's timestamp is in the future. */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    /** SPEC §1's order of the fields that may carry the event time. */
    private static final List<String> TIME_FIELDS =
            List.of("timestamp", "originalTimestamp", "receivedAt");

    // Choice: a value is one JSON document; text after it ({"a":1} x) makes it malformed.
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SegmentRecordParser() {}

    /** What one record is: a valid event with its deduplication key, or a rejection. */
    sealed interface Parsed permits Valid, Invalid {}

    /** A valid event and the key that makes two records the same event. */
    record Valid(AcceptedEvent event, Object dedupKey) implements Parsed {}

    /** A rejected record. */
    record Invalid(String reason, String detail) implements Parsed {}

    /** Two records with the same {@code messageId} are one event. */
    record MessageIdKey(String messageId) {}

    /**
     * Without a {@code messageId}: identity, type, event, event time and properties. Compared by
     * value, not hashed, so two different events never collide. Choice: the event time is compared
     * as an instant, so {@code 10:00Z} and {@code 12:00+02:00} are the same time; properties
     * compare as JSON trees (key order does not matter, {@code 1} and {@code 1.0} differ).
     */
    record ContentKey(
            String identity, String type, String event, Instant time, JsonNode properties) {}

    static Parsed parse(int index, TimedRecord record) {
        byte[] value = record.value();
        if (value.length > MAX_VALUE_BYTES) {
            return new Invalid("too_large", value.length + " bytes, over 1 MiB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JacksonException e) {
            return new Invalid("malformed_json", e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory array cannot fail", e);
        }
        if (root == null || root.isMissingNode()) {
            return new Invalid("malformed_json", "the value is empty");
        }
        if (!root.isObject()) {
            return new Invalid("not_an_object", "the value is a JSON " + root.getNodeType());
        }
        String identity = nonEmptyText(root, "userId");
        if (identity == null) {
            identity = nonEmptyText(root, "anonymousId");
        }
        if (identity == null) {
            return new Invalid("missing_identity", "neither userId nor anonymousId");
        }
        return withTime(index, record, root, identity);
    }

    private static Parsed withTime(int index, TimedRecord record, JsonNode root, String identity) {
        JsonNode timeNode = null;
        String field = null;
        for (String name : TIME_FIELDS) {
            // Choice: a field holding JSON null is absent, so the next field is read.
            if (root.hasNonNull(name)) {
                timeNode = root.get(name);
                field = name;
                break;
            }
        }
        if (timeNode == null) {
            return new Invalid(
                    "missing_timestamp", "no timestamp, originalTimestamp or receivedAt");
        }
        // Choice: a present but unparseable field is bad; the next field is not tried instead.
        Instant time;
        try {
            time = isoInstant(timeNode);
        } catch (DateTimeParseException e) {
            return new Invalid("bad_timestamp", field + ": " + e.getMessage());
        }
        if (time.isAfter(record.kafkaTimestamp().plus(FUTURE_TOLERANCE))) {
            return new Invalid(
                    "future_timestamp", time + " is after the record's " + record.kafkaTimestamp());
        }
        String type = root.path("type").isTextual() ? root.get("type").textValue() : "";
        String event =
                "track".equals(type) && root.path("event").isTextual()
                        ? root.get("event").textValue()
                        : null;
        JsonNode properties = root.path("properties").isObject() ? root.get("properties") : null;
        AcceptedEvent accepted = new AcceptedEvent(index, identity, type, event, time, properties);
        String messageId = nonEmptyText(root, "messageId");
        // Choice: "event" in the key is the record's event field whatever the call, so two page
        // calls that differ only by name are the same content.
        String eventField = root.path("event").isTextual() ? root.get("event").textValue() : null;
        Object key =
                messageId != null
                        ? new MessageIdKey(messageId)
                        : new ContentKey(identity, type, eventField, time, properties);
        return new Valid(accepted, key);
    }

    // Choice: identity and messageId are JSON strings; a number or an empty string is absent.
    private static String nonEmptyText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() && !node.textValue().isEmpty()
                ? node.textValue()
                : null;
    }

    // ISO-8601 extended format with an offset (Z or +hh:mm), as OffsetDateTime reads it.
    private static Instant isoInstant(JsonNode node) {
        if (!node.isTextual()) {
            throw new DateTimeParseException("not a string: " + node, node.toString(), 0);
        }
        return OffsetDateTime.parse(node.textValue()).toInstant();
    }
}
