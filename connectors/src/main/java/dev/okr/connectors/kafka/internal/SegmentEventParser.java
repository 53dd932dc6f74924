package dev.okr.connectors.kafka.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.okr.connectors.kafka.CallType;
import dev.okr.connectors.kafka.EventProperties;
import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Arrays;

/**
 * Turns the value of one Kafka record into a {@link SegmentEvent} under the rules of the
 * specification (§1), or says why it cannot: {@link #parse} returns null and {@link
 * #rejectReason()} and {@link #rejectDetail()} tell why. It never throws on bad input.
 *
 * <p>One pass of Jackson's streaming parser, no reflection, no tree: fields the pipeline does not
 * use are skipped (still checked for JSON syntax). Not thread-safe: one parser per thread.
 */
public final class SegmentEventParser {

    /** Values over this many bytes (1 MiB) are rejected before parsing. */
    public static final int MAX_VALUE_BYTES = 1024 * 1024;

    /** How far the event time may be ahead of the Kafka record's timestamp: 1 hour. */
    public static final long MAX_FUTURE_MILLIS = 3_600_000L;

    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] TIME_FIELDS = {"timestamp", "originalTimestamp", "receivedAt"};

    private RejectReason reason;
    private String detail;

    // Fields of the record being parsed; reset by each parse.
    private String type;
    private boolean typePresent;
    private String event;
    private String name;
    private String userId;
    private String anonymousId;
    private String messageId;
    private final Object[] times = new Object[3];
    private String[] keys = new String[16];
    private Object[] values = new Object[16];
    private int size;
    private byte[] input;

    /** Why the last {@link #parse} returned null. */
    public RejectReason rejectReason() {
        return reason;
    }

    /** A sentence saying what was wrong with the last rejected value. */
    public String rejectDetail() {
        return detail;
    }

    /**
     * The event in {@code value}, or null when it is rejected.
     *
     * @param value the record's value; null (a tombstone) is rejected
     * @param recordTimestamp the Kafka record's timestamp in epoch ms, or negative when it has none
     *     (then the future check is skipped)
     */
    public SegmentEvent parse(byte[] value, long recordTimestamp) {
        reason = null;
        detail = null;
        if (value == null || value.length == 0) {
            return reject(RejectReason.MALFORMED_JSON, "the record has no value");
        }
        if (value.length > MAX_VALUE_BYTES) {
            return reject(
                    RejectReason.TOO_LARGE,
                    "the value is "
                            + value.length
                            + " bytes, over the limit of "
                            + MAX_VALUE_BYTES);
        }
        reset(value);
        try (JsonParser p = JSON.createParser(value)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return reject(RejectReason.MALFORMED_JSON, "the value is blank");
            }
            if (first != JsonToken.START_OBJECT) {
                p.skipChildren();
                if (p.nextToken() != null) {
                    return reject(
                            RejectReason.MALFORMED_JSON,
                            "the value has content after its first JSON value");
                }
                return reject(
                        RejectReason.NOT_AN_OBJECT,
                        "the value is a JSON " + kind(first) + ", not an object");
            }
            readFields(p);
            if (p.nextToken() != null) {
                return reject(
                        RejectReason.MALFORMED_JSON, "the value has content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            return reject(
                    RejectReason.MALFORMED_JSON,
                    "the value is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return reject(
                    RejectReason.MALFORMED_JSON, "the value could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // Nothing in a record may fail the job: whatever Jackson throws becomes a reject.
            return reject(RejectReason.MALFORMED_JSON, "the value could not be parsed: " + e);
        } finally {
            input = null;
        }
        return validate(recordTimestamp);
    }

    private void reset(byte[] value) {
        input = value;
        type = event = name = userId = anonymousId = messageId = null;
        typePresent = false;
        Arrays.fill(times, null);
        size = 0;
    }

    private void readFields(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "type" -> {
                    typePresent = true;
                    type = scalar(p, t);
                }
                case "event" -> event = scalar(p, t);
                case "name" -> name = scalar(p, t);
                case "userId" -> userId = scalar(p, t);
                case "anonymousId" -> anonymousId = scalar(p, t);
                case "messageId" -> messageId = scalar(p, t);
                case "timestamp" -> times[0] = time(p, t);
                case "originalTimestamp" -> times[1] = time(p, t);
                case "receivedAt" -> times[2] = time(p, t);
                case "properties" -> {
                    if (t == JsonToken.START_OBJECT) {
                        readProperties(p, null);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    /** A string or number as text; null for JSON null, objects and arrays (which are skipped). */
    private static String scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
            default -> {
                p.skipChildren();
                yield null;
            }
        };
    }

    /** A string, null for JSON null, else the token kind (a rejected non-string event time). */
    private static Object time(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        p.skipChildren();
        return t;
    }

    private void readProperties(JsonParser p, String prefix) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix == null ? p.currentName() : prefix + '.' + p.currentName();
            JsonToken t = p.nextToken();
            switch (t) {
                case START_OBJECT -> readProperties(p, key);
                case START_ARRAY -> {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    int end = (int) p.currentTokenLocation().getByteOffset() + 1;
                    add(key, new String(input, start, end - start, StandardCharsets.UTF_8));
                }
                case VALUE_STRING -> add(key, p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> add(key, p.getDoubleValue());
                case VALUE_TRUE -> add(key, Boolean.TRUE);
                case VALUE_FALSE -> add(key, Boolean.FALSE);
                default -> p.skipChildren();
            }
        }
    }

    private void add(String key, Object value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    private SegmentEvent validate(long recordTimestamp) {
        CallType call = CallType.ofWireName(type);
        if (call == null) {
            return reject(
                    RejectReason.UNKNOWN_TYPE,
                    typePresent && type != null
                            ? "`type` is \""
                                    + type
                                    + "\", not a Segment call (track, page, screen, identify, group, alias)"
                            : "`type` is missing");
        }
        boolean anonymous = userId == null || userId.isBlank();
        String identity = anonymous ? anonymousId : userId;
        if (identity == null || identity.isBlank()) {
            return reject(
                    RejectReason.MISSING_IDENTITY,
                    "`userId` and `anonymousId` are both missing or empty");
        }
        int which = -1;
        for (int i = 0; i < times.length && which < 0; i++) {
            if (times[i] != null) {
                which = i;
            }
        }
        if (which < 0) {
            return reject(
                    RejectReason.MISSING_TIMESTAMP,
                    "none of `timestamp`, `originalTimestamp`, `receivedAt` is set");
        }
        if (!(times[which] instanceof String text)) {
            return reject(
                    RejectReason.BAD_TIMESTAMP,
                    "`"
                            + TIME_FIELDS[which]
                            + "` is a JSON "
                            + kind((JsonToken) times[which])
                            + ", not an ISO-8601 string");
        }
        long millis;
        try {
            millis = Timestamps.parseEpochMillis(text);
        } catch (DateTimeException | ArithmeticException e) {
            // ArithmeticException: a valid date-time too far from 1970 for epoch milliseconds.
            return reject(
                    RejectReason.BAD_TIMESTAMP,
                    "`"
                            + TIME_FIELDS[which]
                            + "` \""
                            + abbreviate(text)
                            + "\" is not an ISO-8601 date-time with an offset");
        }
        if (recordTimestamp >= 0 && millis - recordTimestamp > MAX_FUTURE_MILLIS) {
            return reject(
                    RejectReason.FUTURE_TIMESTAMP,
                    "the event time "
                            + text
                            + " is more than 1 hour after the record's Kafka timestamp "
                            + java.time.Instant.ofEpochMilli(recordTimestamp));
        }
        String eventName = call == CallType.TRACK ? event : name;
        EventProperties properties = EventProperties.of(keys, values, size);
        Arrays.fill(values, 0, size, null);
        return SegmentEvent.of(messageId, call, eventName, identity, anonymous, millis, properties);
    }

    private SegmentEvent reject(RejectReason reason, String detail) {
        this.reason = reason;
        this.detail = detail;
        return null;
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "object";
            default -> t.name();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
