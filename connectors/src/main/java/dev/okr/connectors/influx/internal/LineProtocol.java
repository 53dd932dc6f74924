package dev.okr.connectors.influx.internal;

import dev.okr.connectors.influx.InfluxPoint;
import java.util.Map;

/**
 * Encodes points as InfluxDB line protocol with nanosecond timestamps.
 *
 * <p>Escaping follows the line-protocol reference: commas and spaces in measurements; commas,
 * equals signs and spaces in tag keys, tag values and field keys; double quotes and backslashes in
 * string field values. Tags come in key order.
 */
public final class LineProtocol {

    private LineProtocol() {}

    public static String encode(InfluxPoint point) {
        StringBuilder line = new StringBuilder(128);
        escape(line, point.measurement(), false);
        for (Map.Entry<String, String> tag : point.tags().entrySet()) {
            line.append(',');
            escape(line, tag.getKey(), true);
            line.append('=');
            escape(line, tag.getValue(), true);
        }
        char separator = ' ';
        for (Map.Entry<String, Object> field : point.fields().entrySet()) {
            line.append(separator);
            separator = ',';
            escape(line, field.getKey(), true);
            line.append('=');
            appendValue(line, field.getValue());
        }
        line.append(' ').append(point.timestampNanos());
        return line.toString();
    }

    private static void appendValue(StringBuilder line, Object value) {
        if (value instanceof Long l) {
            line.append(l).append('i');
        } else if (value instanceof Double d) {
            line.append(d);
        } else if (value instanceof Boolean b) {
            line.append(b ? 't' : 'f');
        } else {
            line.append('"');
            String s = (String) value;
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
