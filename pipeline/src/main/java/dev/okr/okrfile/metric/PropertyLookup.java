package dev.okr.okrfile.metric;

/**
 * How a {@link Condition} reads an event's properties, so that the metric engine can plug in its
 * own event representation. A path is dotted: {@code context.device.type} reaches nested objects
 * under {@code properties}.
 */
@FunctionalInterface
public interface PropertyLookup {

    /**
     * The scalar value at a dotted path: a {@link Double} for a number (any {@link Number} is
     * accepted), a {@link String} or a {@link Boolean}; {@code null} when the path is missing,
     * holds JSON {@code null}, or holds an object or array.
     */
    Object get(String dottedPath);

    /** The number at a dotted path, or {@code null} when the path holds no number. */
    default Double number(String dottedPath) {
        return get(dottedPath) instanceof Number n ? n.doubleValue() : null;
    }
}
