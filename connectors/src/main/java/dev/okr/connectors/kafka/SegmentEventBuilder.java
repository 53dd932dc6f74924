package dev.okr.connectors.kafka;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link SegmentEvent} in code (tests, generators). Without a message id the dedup key is
 * the same content hash the parser computes.
 */
public final class SegmentEventBuilder {

    private String messageId;
    private CallType type = CallType.TRACK;
    private String event;
    private String name;
    private String userId;
    private String anonymousId;
    private long timestampMillis;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    SegmentEventBuilder() {}

    public SegmentEventBuilder messageId(String messageId) {
        this.messageId = messageId;
        return this;
    }

    /** A track call named {@code event}. */
    public SegmentEventBuilder track(String event) {
        this.type = CallType.TRACK;
        this.event = event;
        return this;
    }

    /** A call of another type; for page and screen, {@code name} is the page or screen. */
    public SegmentEventBuilder call(CallType type, String name) {
        this.type = type;
        this.name = name;
        return this;
    }

    public SegmentEventBuilder userId(String userId) {
        this.userId = userId;
        return this;
    }

    public SegmentEventBuilder anonymousId(String anonymousId) {
        this.anonymousId = anonymousId;
        return this;
    }

    public SegmentEventBuilder at(Instant timestamp) {
        this.timestampMillis = timestamp.toEpochMilli();
        return this;
    }

    /** A property at a dotted path: a number, String or Boolean. */
    public SegmentEventBuilder property(String dottedPath, Object value) {
        properties.put(dottedPath, value);
        return this;
    }

    public SegmentEvent build() {
        boolean anonymous = userId == null || userId.isEmpty();
        String identity = anonymous ? anonymousId : userId;
        if (identity == null || identity.isEmpty()) {
            throw new IllegalStateException("an event needs a userId or an anonymousId");
        }
        return SegmentEvent.of(
                messageId,
                type,
                type == CallType.TRACK ? event : name,
                identity,
                anonymous,
                timestampMillis,
                EventProperties.of(properties));
    }
}
