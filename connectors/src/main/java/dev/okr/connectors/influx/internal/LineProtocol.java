package dev.okr.connectors.influx.internal;

import dev.okr.connectors.influx.InfluxPoint;
import java.util.Map;

/**
 * Encodes points as InfluxDB line protocol with nanosecond timestamps.
 *
 * <p>Escaping follows the line-protocol reference, as InfluxDB's own encoder does: commas and
 * spaces in measurements; commas, equals signs and spaces in tag keys, tag values and field keys (a
 * backslash there stays as it is); double quotes and backslashes in string field values. Tags come
 * in key order, fields in the order they were added. Floats are written in their shortest exact
 * form ({@code 1}, {@code 0.5}, {@code 6.632243e+06}), integers with the {@code i} suffix, booleans
 * as {@code true}/{@code false}.
 *
 * <p>Some points cannot be written faithfully, and this encoder refuses them rather than alter
 * them: a measurement, tag key, tag value or field key that holds a control character (U+0000 to
 * U+001F, U+007F to U+009F: a newline would end the line and inject another point; no escape exists
 * for it) or ends with a backslash (which would escape the separator after it), and a measurement
 * that starts with {@code #} (InfluxDB reads that line as a comment and drops it without an error).
 * String field values may hold any character.
 *
 * <p>NaN and infinite floats have no line-protocol form: such fields are dropped and counted, and a
 * point left without fields is not written.
 */
public final class LineProtocol {

    private LineProtocol() {}

    /** Encodes {@code point}; never throws for a point the {@link InfluxPoint} builder accepted. */
    public static EncodedPoint encode(InfluxPoint point) {
        String refusal = refusal(point);
        StringBuilder line = new StringBuilder(64 + 32 * point.fields().size());
        escape(line, point.measurement(), false);
        for (Map.Entry<String, String> tag : point.tags().entrySet()) {
            line.append(',');
            escape(line, tag.getKey(), true);
            line.append('=');
            escape(line, tag.getValue(), true);
        }
        int dropped = 0;
        char separator = ' ';
        for (Map.Entry<String, Object> field : point.fields().entrySet()) {
            Object value = field.getValue();
            if (value instanceof Double d && !Double.isFinite(d)) {
                dropped++;
                continue;
            }
            line.append(separator);
            separator = ',';
            escape(line, field.getKey(), true);
            line.append('=');
            appendValue(line, value);
        }
        if (dropped == point.fields().size()) {
            return new EncodedPoint(null, dropped, refusal);
        }
        line.append(' ').append(point.timestampNanos());
        return new EncodedPoint(line.toString(), dropped, refusal);
    }

    private static String refusal(InfluxPoint point) {
        if (point.measurement().startsWith("#")) {
            return "measurement "
                    + quote(point.measurement())
                    + " starts with '#', which InfluxDB reads as a comment line";
        }
        String problem = nameProblem("measurement", point.measurement(), ", ");
        for (Map.Entry<String, String> tag : point.tags().entrySet()) {
            problem = problem != null ? problem : nameProblem("tag key", tag.getKey(), "");
            problem =
                    problem != null
                            ? problem
                            : nameProblem(
                                    "value of tag " + quote(tag.getKey()), tag.getValue(), "");
        }
        for (String field : point.fields().keySet()) {
            problem = problem != null ? problem : nameProblem("field key", field, ",= ");
        }
        return problem;
    }

    /**
     * @param unsafeAfterBackslash characters that InfluxDB 1.x misreads after a backslash in this
     *     kind of name
     */
    private static String nameProblem(String what, String name, String unsafeAfterBackslash) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return String.format(
                        "%s %s holds the control character U+%04X, which line protocol cannot"
                                + " carry",
                        what, quote(name), (int) c);
            }
            if (c == '\\'
                    && i + 1 < name.length()
                    && unsafeAfterBackslash.indexOf(name.charAt(i + 1)) >= 0) {
                return what
                        + " "
                        + quote(name)
                        + " has a backslash before '"
                        + name.charAt(i + 1)
                        + "', which InfluxDB 1.x cannot read back";
            }
        }
        if (name.endsWith("\\")) {
            return what
                    + " "
                    + quote(name)
                    + " ends with a backslash, which line protocol cannot"
                    + " carry";
        }
        return null;
    }

    private static String quote(String name) {
        StringBuilder quoted = new StringBuilder(name.length() + 2).append('"');
        name.codePoints()
                .forEach(
                        c -> {
                            if (Character.isISOControl(c)) {
                                quoted.append(String.format("\\u%04X", c));
                            } else {
                                quoted.appendCodePoint(c);
                            }
                        });
        return quoted.append('"').toString();
    }

    private static void appendValue(StringBuilder line, Object value) {
        if (value instanceof Double d) {
            GoFloatFormat.append(line, d);
        } else if (value instanceof Long l) {
            line.append(l.longValue()).append('i');
        } else if (value instanceof Boolean b) {
            line.append(b.booleanValue());
        } else {
            String s = (String) value;
            line.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    line.append('\\');
                }
                line.append(c);
            }
            line.append('"');
        }
    }

    private static void escape(StringBuilder line, String s, boolean escapeEquals) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ' ' || (escapeEquals && c == '=')) {
                line.append('\\');
            }
            line.append(c);
        }
    }
}
