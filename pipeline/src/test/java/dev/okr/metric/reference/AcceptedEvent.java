package dev.okr.metric.reference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.okrfile.metric.PropertyLookup;
import dev.okr.okrfile.metric.PropertyPath;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An event the pipeline counts: parsed, valid, not too late, not after the as-of instant and not a
 * duplicate (SPEC §1).
 *
 * @param index the record's position in the topic, from 0; orders events with equal event times
 * @param identity {@code userId} when non-empty, else {@code anonymousId}
 * @param type the Segment call: {@code track}, {@code page}, {@code screen}, {@code identify},
 *     {@code group}, {@code alias} or whatever else the record says
 * @param trackEvent the {@code event} name of a {@code track} call; null for other calls and for a
 *     track call without a name
 * @param time the event time
 * @param properties the {@code properties} object; null when the record has none
 */
public record AcceptedEvent(
        int index,
        String identity,
        String type,
        String trackEvent,
        Instant time,
        JsonNode properties)
        implements PropertyLookup {

    private static final Set<String> ACTIVITY = Set.of("track", "page", "screen");

    public AcceptedEvent {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }

    /** Whether the call is activity: {@code track}, {@code page} or {@code screen}. */
    public boolean isActivity() {
        return ACTIVITY.contains(type);
    }

    /** Whether this is a track call with this event name. */
    public boolean isTrack(String name) {
        return "track".equals(type) && name.equals(trackEvent);
    }

    /**
     * The scalar at a dotted path under {@code properties}: a Double for any JSON number, a String,
     * a Boolean; null for a missing path, JSON null, an object or an array.
     */
    @Override
    public Object get(String dottedPath) {
        JsonNode node = properties;
        for (String name : PropertyPath.segments(dottedPath)) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(name);
        }
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.isBoolean() ? node.booleanValue() : null;
    }

    /** The event's place in time: event time first, then position in the topic. */
    public boolean isBefore(AcceptedEvent other) {
        int byTime = time.compareTo(other.time);
        return byTime < 0 || (byTime == 0 && index < other.index);
    }
}
