package dev.okr.connectors.influx.internal;

import dev.okr.connectors.influx.InfluxPoint;

/**
 * Encodes points as InfluxDB line protocol (UTF-8) with nanosecond timestamps.
 *
 * <p>Escaping follows the line-protocol reference, as InfluxDB's own encoder does: commas and
 * spaces in measurements; commas, equals signs and spaces in tag keys, tag values and field keys (a
 * backslash there stays as it is); double quotes and backslashes in string field values. Tags come
 * in key order, fields in the order they were added. Floats are written in their shortest exact
 * form ({@code 1}, {@code 0.5}, {@code 6.632243e+06}), integers with the {@code i} suffix, booleans
 * as {@code true}/{@code false}.
 *
 * <p>Some points cannot be written faithfully, and this encoder refuses them rather than alter
 * them:
 *
 * <ul>
 *   <li>a measurement, tag key, tag value or field key that holds a control character (U+0000 to
 *       U+001F, U+007F to U+009F: a newline would end the line and inject another point, and no
 *       escape exists for it) or ends with a backslash (which would escape the separator after it);
 *   <li>a measurement or field key with a backslash right before a character escaped there (comma
 *       or space; for field keys also the equals sign): InfluxDB 1.x rejects such a line or stores
 *       another name (checked on 1.6.7), although tag keys and values take it fine;
 *   <li>a measurement that starts with {@code #}: InfluxDB reads the line as a comment and drops it
 *       without an error.
 * </ul>
 *
 * <p>String field values may hold any character. NaN and infinite floats have no line-protocol
 * form: such fields are dropped and counted, and a point left without fields is not written.
 */
public final class LineProtocol {

    private static final String MEASUREMENT_UNSAFE = ", ";
    private static final String TAG_UNSAFE = "";
    private static final String FIELD_KEY_UNSAFE = ",= ";

    private LineProtocol() {}

    /** Encodes {@code point}; never throws for a point the {@link InfluxPoint} builder accepted. */
    public static EncodedPoint encode(InfluxPoint point) {
        LineBuffer line = new LineBuffer(64 + 48 * (point.tagCount() + point.fieldCount()));
        boolean faithful = !point.measurement().startsWith("#");
        faithful &= name(line, point.measurement(), false, MEASUREMENT_UNSAFE);
        for (int i = 0; i < point.tagCount(); i++) {
            line.put(',');
            faithful &= name(line, point.tagKey(i), true, TAG_UNSAFE);
            line.put('=');
            faithful &= name(line, point.tagValue(i), true, TAG_UNSAFE);
        }
        int dropped = 0;
        char separator = ' ';
        for (int i = 0; i < point.fieldCount(); i++) {
            Object value = point.fieldValue(i);
            if (value instanceof Double d && !Double.isFinite(d)) {
                dropped++;
                continue;
            }
            line.put(separator);
            separator = ',';
            faithful &= name(line, point.fieldKey(i), true, FIELD_KEY_UNSAFE);
            line.put('=');
            value(line, value);
        }
        if (dropped == point.fieldCount()) {
            return new EncodedPoint(null, dropped, faithful ? null : Refusals.of(point));
        }
        line.put(' ');
        line.putLong(point.timestampNanos());
        return new EncodedPoint(line.toByteArray(), dropped, faithful ? null : Refusals.of(point));
    }

    /**
     * Writes a measurement, tag key, tag value or field key with its escapes.
     *
     * @param unsafeAfterBackslash what InfluxDB 1.x misreads after a backslash in this kind of name
     * @return false when the name cannot be carried faithfully (see the class comment)
     */
    private static boolean name(
            LineBuffer line, String name, boolean escapeEquals, String unsafeAfterBackslash) {
        boolean faithful = true;
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                faithful &= c > 0x9F;
                i = line.putNonAscii(name, i);
                continue;
            }
            if (c == ',' || c == ' ' || (c == '=' && escapeEquals)) {
                line.put('\\');
            } else if (c < 0x20 || c == 0x7F) {
                faithful = false;
            } else if (c == '\\') {
                faithful &= i + 1 < n && unsafeAfterBackslash.indexOf(name.charAt(i + 1)) < 0;
            }
            line.put(c);
        }
        return faithful;
    }

    private static void value(LineBuffer line, Object value) {
        if (value instanceof Double d) {
            GoFloatFormat.append(line, d);
        } else if (value instanceof Long l) {
            line.putLong(l);
            line.put('i');
        } else if (value instanceof Boolean b) {
            line.putAscii(b ? "true" : "false");
        } else {
            String s = (String) value;
            line.put('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    i = line.putNonAscii(s, i);
                    continue;
                }
                if (c == '"' || c == '\\') {
                    line.put('\\');
                }
                line.put(c);
            }
            line.put('"');
        }
    }
}
