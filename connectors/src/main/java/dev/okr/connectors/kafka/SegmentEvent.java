package dev.okr.connectors.kafka;

import dev.okr.connectors.kafka.internal.ContentHash;
import dev.okr.connectors.kafka.internal.SegmentEventTypeInfoFactory;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * One valid Segment event, as the pipeline uses it: who did what, when, with which properties.
 *
 * <p>Built by the parser from a Kafka record under the rules of the specification (§1): the
 * identity is {@code userId} when non-empty, else {@code anonymousId}; the event time is {@code
 * timestamp}, else {@code originalTimestamp}, else {@code receivedAt}; track, page and screen calls
 * are activity. The dedup key is the {@code messageId}, or when there is none a content hash of
 * identity, call, event name, event time and properties (so two records with the same key count
 * once). The record's original bytes are not kept.
 *
 * <p>Immutable and safe to share between operators. Flink serializes it with a serializer of its
 * own (never Kryo), declared through {@link TypeInfo}.
 */
@TypeInfo(SegmentEventTypeInfoFactory.class)
public final class SegmentEvent {

    private final String dedupKey;
    private final CallType type;
    private final String event;
    private final String name;
    private final String identity;
    private final boolean anonymous;
    private final long timestampMillis;
    private final EventProperties properties;

    /**
     * An event from its parts; the parser and the serializer build events, tests use {@link
     * #builder()}.
     */
    public SegmentEvent(
            String dedupKey,
            CallType type,
            String event,
            String name,
            String identity,
            boolean anonymous,
            long timestampMillis,
            EventProperties properties) {
        this.dedupKey = Objects.requireNonNull(dedupKey, "dedupKey");
        this.type = Objects.requireNonNull(type, "type");
        this.event = event;
        this.name = name;
        this.identity = Objects.requireNonNull(identity, "identity");
        this.anonymous = anonymous;
        this.timestampMillis = timestampMillis;
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /**
     * The event of a call, keyed by {@code messageId} when it is non-empty, else by the content
     * hash; {@code eventName} is the track event's or the page or screen's name.
     */
    public static SegmentEvent of(
            String messageId,
            CallType type,
            String eventName,
            String identity,
            boolean anonymous,
            long timestampMillis,
            EventProperties properties) {
        String key =
                messageId != null && !messageId.isEmpty()
                        ? messageId
                        // SPEC §1 hashes the event field: a page's or screen's name is not in it.
                        : ContentHash.dedupKey(
                                identity,
                                type,
                                type == CallType.TRACK ? eventName : null,
                                timestampMillis,
                                properties);
        boolean named = type == CallType.PAGE || type == CallType.SCREEN;
        return new SegmentEvent(
                key,
                type,
                type == CallType.TRACK ? eventName : null,
                named ? eventName : null,
                identity,
                anonymous,
                timestampMillis,
                properties);
    }

    /** A builder for tests and generators; the content-hash dedup key is computed when unset. */
    public static SegmentEventBuilder builder() {
        return new SegmentEventBuilder();
    }

    /** The key two duplicates share: the {@code messageId}, else {@code "content:<hash>"}. */
    public String dedupKey() {
        return dedupKey;
    }

    /** The Segment call. */
    public CallType type() {
        return type;
    }

    /**
     * The track event's name ({@code event}), e.g. {@code Order Completed}; null for other calls.
     */
    public String event() {
        return event;
    }

    /** The page or screen name ({@code name}), e.g. {@code Pricing}; null for other calls. */
    public String name() {
        return name;
    }

    /** {@code userId} when non-empty, else {@code anonymousId}; never null or empty. */
    public String identity() {
        return identity;
    }

    /** Whether {@link #identity()} is the {@code anonymousId} (there was no {@code userId}). */
    public boolean anonymous() {
        return anonymous;
    }

    /** The event time, in milliseconds since the epoch. */
    public long timestampMillis() {
        return timestampMillis;
    }

    /** The event time as an instant. */
    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }

    /** Whether the event is activity: a track, page or screen call. */
    public boolean isActivity() {
        return type.isActivity();
    }

    /** Whether this is a track call named {@code eventName}. */
    public boolean isTrack(String eventName) {
        return type == CallType.TRACK && eventName.equals(event);
    }

    /**
     * The property at {@code dottedPath}: a Double for any JSON number, a String (an array is its
     * JSON text), a Boolean, or null when absent or JSON null.
     */
    public Object property(String dottedPath) {
        return properties.get(dottedPath);
    }

    /** The number at {@code dottedPath}, or NaN when absent or not a number. */
    public double numberProperty(String dottedPath) {
        return properties.number(dottedPath);
    }

    /** All properties, flattened to dotted paths. */
    public EventProperties properties() {
        return properties;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentEvent e
                && timestampMillis == e.timestampMillis
                && anonymous == e.anonymous
                && type == e.type
                && dedupKey.equals(e.dedupKey)
                && identity.equals(e.identity)
                && Objects.equals(event, e.event)
                && Objects.equals(name, e.name)
                && properties.equals(e.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dedupKey, type, event, name, identity, timestampMillis);
    }

    @Override
    public String toString() {
        return type.wireName()
                + (event != null ? " '" + event + "'" : "")
                + (name != null ? " name='" + name + "'" : "")
                + " by "
                + (anonymous ? "anonymous " : "")
                + identity
                + " at "
                + timestamp()
                + " key="
                + dedupKey
                + " "
                + properties;
    }
}
