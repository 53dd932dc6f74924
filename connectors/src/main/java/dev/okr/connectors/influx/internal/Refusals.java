package dev.okr.connectors.influx.internal;

import dev.okr.connectors.influx.InfluxPoint;

/**
 * Says why {@link LineProtocol} refused a point, in words for the dead-letter output. Only called
 * for refused points, so it may take its time.
 */
final class Refusals {

    private Refusals() {}

    static String of(InfluxPoint point) {
        if (point.measurement().startsWith("#")) {
            return "measurement "
                    + quote(point.measurement())
                    + " starts with '#', which InfluxDB reads as a comment line";
        }
        String problem = problem("measurement", point.measurement(), ", ");
        for (int i = 0; problem == null && i < point.tagCount(); i++) {
            problem = problem("tag key", point.tagKey(i), "");
            if (problem == null) {
                problem = problem("value of tag " + quote(point.tagKey(i)), point.tagValue(i), "");
            }
        }
        for (int i = 0; problem == null && i < point.fieldCount(); i++) {
            problem = problem("field key", point.fieldKey(i), ",= ");
        }
        return problem;
    }

    private static String problem(String what, String name, String unsafeAfterBackslash) {
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
}
