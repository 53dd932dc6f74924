package dev.okr.connectors.influx;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One InfluxDB point: a measurement, a tag set, typed fields and a timestamp in nanoseconds.
 *
 * <p>Tags are kept sorted by key, so the encoded line is the same whatever order they were added
 * in. A field value is a {@code double}, {@code long}, {@code boolean} or {@code String}; a field
 * keeps its type for the life of a measurement, so callers write counts as {@code long} always or
 * as {@code double} always.
 */
public final class InfluxPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String measurement;
    private final TreeMap<String, String> tags;
    private final LinkedHashMap<String, Object> fields;
    private final long timestampNanos;

    private InfluxPoint(Builder builder) {
        this.measurement = builder.measurement;
        this.tags = new TreeMap<>(builder.tags);
        this.fields = new LinkedHashMap<>(builder.fields);
        this.timestampNanos = builder.timestampNanos;
    }

    public static Builder measurement(String measurement) {
        return new Builder(measurement);
    }

    public String measurement() {
        return measurement;
    }

    /** Tags by key, in key order. */
    public Map<String, String> tags() {
        return Collections.unmodifiableMap(tags);
    }

    /** Fields in the order they were added. */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfluxPoint p
                && timestampNanos == p.timestampNanos
                && measurement.equals(p.measurement)
                && tags.equals(p.tags)
                && fields.equals(p.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measurement, tags, fields, timestampNanos);
    }

    @Override
    public String toString() {
        return measurement + tags + fields + "@" + timestampNanos;
    }

    /** Builds a point; a point needs at least one field. */
    public static final class Builder {
        private final String measurement;
        private final Map<String, String> tags = new TreeMap<>();
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private long timestampNanos;

        private Builder(String measurement) {
            if (measurement == null || measurement.isEmpty()) {
                throw new IllegalArgumentException("a point needs a measurement name");
            }
            this.measurement = measurement;
        }

        /** Adds a tag; a null or empty value leaves the tag out, as InfluxDB requires. */
        public Builder tag(String key, String value) {
            if (value != null && !value.isEmpty()) {
                tags.put(key, value);
            }
            return this;
        }

        public Builder field(String key, double value) {
            fields.put(key, value);
            return this;
        }

        public Builder field(String key, long value) {
            fields.put(key, value);
            return this;
        }

        public Builder field(String key, boolean value) {
            fields.put(key, value);
            return this;
        }

        /** Adds a string field; a null value leaves the field out (no value). */
        public Builder field(String key, String value) {
            if (value != null) {
                fields.put(key, value);
            }
            return this;
        }

        public Builder timestampNanos(long timestampNanos) {
            this.timestampNanos = timestampNanos;
            return this;
        }

        public InfluxPoint build() {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException(
                        "a point of " + measurement + " needs at least one field");
            }
            return new InfluxPoint(this);
        }
    }
}
