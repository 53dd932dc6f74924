package dev.okr.connectors.influx;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One InfluxDB point: a measurement, a tag set, typed fields and a timestamp in nanoseconds.
 *
 * <p>Tags are kept sorted by key, so the encoded line is the same whatever order they were added
 * in; fields keep the order they were added in.
 *
 * <p><b>A field always keeps one type.</b> InfluxDB fixes a field's type on its first write and
 * rejects a later write of another type (HTTP 400, which the sink hands to its dead-letter
 * handler). The builder types values by their Java type: {@code double} (and {@code float}) make a
 * float field, {@code long} (and {@code int}) an integer field, {@code boolean} a boolean field and
 * {@code String} a string field. So a count is written as {@code long} always, or as {@code double}
 * always, never one then the other.
 *
 * <p>NaN and infinite doubles are accepted here: line protocol cannot carry them, so the sink drops
 * such fields (and a point left without fields) and counts them.
 */
public final class InfluxPoint implements Serializable {

    private static final long serialVersionUID = 3L;

    private final String measurement;
    // Arrays rather than maps: the sink reads every point once, in order, on its hot path.
    private final String[] tagKeys;
    private final String[] tagValues;
    private final String[] fieldKeys;
    private final Object[] fieldValues;
    private final long timestampNanos;

    private InfluxPoint(Builder builder) {
        this.measurement = builder.measurement;
        builder.tags.sortByKey();
        this.tagKeys = builder.tags.keys();
        this.tagValues = builder.tags.values(String[].class);
        this.fieldKeys = builder.fields.keys();
        this.fieldValues = builder.fields.values(Object[].class);
        this.timestampNanos = builder.timestampNanos;
    }

    /** Starts a point of {@code measurement}, which must not be empty. */
    public static Builder measurement(String measurement) {
        return new Builder(measurement);
    }

    public String measurement() {
        return measurement;
    }

    /** Tags by key, in key order. */
    public Map<String, String> tags() {
        Map<String, String> tags = new TreeMap<>();
        for (int i = 0; i < tagKeys.length; i++) {
            tags.put(tagKeys[i], tagValues[i]);
        }
        return Collections.unmodifiableMap(tags);
    }

    /**
     * Fields in the order they were added; each value is a {@link Double}, {@link Long}, {@link
     * Boolean} or {@link String}.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldKeys.length; i++) {
            fields.put(fieldKeys[i], fieldValues[i]);
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The number of tags; with {@link #tagKey} and {@link #tagValue}, tags without a map. */
    public int tagCount() {
        return tagKeys.length;
    }

    /** The key of tag {@code i}, in key order. */
    public String tagKey(int i) {
        return tagKeys[i];
    }

    public String tagValue(int i) {
        return tagValues[i];
    }

    /**
     * The number of fields; with {@link #fieldKey} and {@link #fieldValue}, fields without a map.
     */
    public int fieldCount() {
        return fieldKeys.length;
    }

    /** The key of field {@code i}, in the order fields were added. */
    public String fieldKey(int i) {
        return fieldKeys[i];
    }

    /** A {@link Double}, {@link Long}, {@link Boolean} or {@link String}. */
    public Object fieldValue(int i) {
        return fieldValues[i];
    }

    /** Nanoseconds since the Unix epoch. */
    public long timestampNanos() {
        return timestampNanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfluxPoint p
                && timestampNanos == p.timestampNanos
                && measurement.equals(p.measurement)
                && Arrays.equals(tagKeys, p.tagKeys)
                && Arrays.equals(tagValues, p.tagValues)
                && Arrays.equals(fieldKeys, p.fieldKeys)
                && Arrays.equals(fieldValues, p.fieldValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                measurement,
                Arrays.hashCode(tagKeys),
                Arrays.hashCode(tagValues),
                Arrays.hashCode(fieldKeys),
                Arrays.hashCode(fieldValues),
                timestampNanos);
    }

    @Override
    public String toString() {
        return measurement + tags() + fields() + "@" + timestampNanos;
    }

    /** Builds a point; a point needs at least one field and a timestamp. */
    public static final class Builder {
        private final String measurement;
        private final PointEntries tags = new PointEntries();
        private final PointEntries fields = new PointEntries();
        private long timestampNanos;
        private boolean timestampSet;

        private Builder(String measurement) {
            this.measurement = requireName(measurement, "measurement name");
        }

        /**
         * Adds a tag. A null or empty value leaves the tag out: InfluxDB has no empty tag value,
         * and a point without the tag is what it stores for one.
         */
        public Builder tag(String key, String value) {
            requireName(key, "tag key");
            if (value != null && !value.isEmpty()) {
                tags.put(key, value);
            }
            return this;
        }

        /** Adds a float field. */
        public Builder field(String key, double value) {
            fields.put(requireName(key, "field key"), value);
            return this;
        }

        /** Adds an integer field (written with the {@code i} suffix). */
        public Builder field(String key, long value) {
            fields.put(requireName(key, "field key"), value);
            return this;
        }

        /** Adds a boolean field. */
        public Builder field(String key, boolean value) {
            fields.put(requireName(key, "field key"), value);
            return this;
        }

        /** Adds a string field; a null value leaves the field out. */
        public Builder field(String key, String value) {
            requireName(key, "field key");
            if (value != null) {
                fields.put(key, value);
            }
            return this;
        }

        /** The point's time in nanoseconds since the Unix epoch. Required. */
        public Builder timestampNanos(long timestampNanos) {
            this.timestampNanos = timestampNanos;
            this.timestampSet = true;
            return this;
        }

        /** The point's time. Required (this or {@link #timestampNanos(long)}). */
        public Builder timestamp(Instant time) {
            return timestampNanos(
                    Math.addExact(
                            Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L),
                            time.getNano()));
        }

        /**
         * @throws IllegalArgumentException when the point has no field or no timestamp: a point
         *     stamped with the server's clock would be duplicated by a replay instead of
         *     overwritten
         */
        public InfluxPoint build() {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException(
                        "a point of " + measurement + " needs at least one field");
            }
            if (!timestampSet) {
                throw new IllegalArgumentException("a point of " + measurement + " needs a time");
            }
            return new InfluxPoint(this);
        }

        private static String requireName(String name, String what) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("a point needs a non-empty " + what);
            }
            return name;
        }
    }
}
