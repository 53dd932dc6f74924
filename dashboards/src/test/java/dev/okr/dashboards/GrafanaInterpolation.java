package dev.okr.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces Grafana's macros and template variables in an InfluxQL query as Grafana's InfluxDB
 * datasource does before sending it: {@code $timeFilter} becomes {@code time >= <from>ms and time
 * <= <to>ms}, {@code $__interval} the interval ({@code 1h}, {@code 10s}) and {@code $__interval_ms}
 * its milliseconds; a variable's value goes in as it is when the variable holds one value, and
 * regex-escaped, alternatives in parentheses, when it is multi-valued or has "All" (for use in
 * {@code =~ /^$team$/}).
 *
 * <p>A variable the query uses but this interpolation does not know fails: a dashboard must not
 * send a query with a {@code $name} left in it.
 */
final class GrafanaInterpolation {

    /** {@code $name}, {@code ${name}} and {@code [[name]]}, the three forms Grafana accepts. */
    static final Pattern VARIABLE =
            Pattern.compile("\\$(\\w+)|\\$\\{(\\w+)(?::\\w+)?}|\\[\\[(\\w+)]]");

    /** The characters Grafana's escapeRegex escapes in a multi-valued variable's values. */
    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$*+?.()|\\[\\]{}/]");

    /** Names Grafana itself provides, in queries and in panel links. */
    static final Set<String> BUILT_INS =
            Set.of("timeFilter", "__interval", "__interval_ms", "__value", "__url_time_range");

    private final Instant from;
    private final Instant to;
    private final Duration interval;
    private final Map<String, String> values = new HashMap<>();

    GrafanaInterpolation(Instant from, Instant to, Duration interval) {
        this.from = from;
        this.to = to;
        this.interval = interval;
    }

    /** A variable holding one value, as a single-valued variable without "All". */
    GrafanaInterpolation single(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** A multi-valued variable (or one with "All") holding these values. */
    GrafanaInterpolation multi(String name, List<String> selected) {
        List<String> escaped = selected.stream().map(GrafanaInterpolation::escapeRegex).toList();
        values.put(
                name,
                escaped.size() == 1
                        ? escaped.get(0)
                        : escaped.stream().collect(Collectors.joining("|", "(", ")")));
        return this;
    }

    String apply(String query) {
        Matcher m = VARIABLE.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(nameOf(m), query)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the variables {@code text} uses, in order, repeats included. */
    static List<String> variablesIn(String text) {
        List<String> names = new java.util.ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(nameOf(m));
        }
        return names;
    }

    private static String nameOf(Matcher m) {
        for (int group = 1; group <= 3; group++) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        throw new IllegalStateException("no name in " + m.group());
    }

    private String value(String name, String query) {
        return switch (name) {
            case "timeFilter" ->
                    "time >= " + from.toEpochMilli() + "ms and time <= " + to.toEpochMilli() + "ms";
            case "__interval" -> grafanaInterval(interval);
            case "__interval_ms" -> Long.toString(interval.toMillis());
            default -> {
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException(
                            "the query uses $" + name + ", which is not set: " + query);
                }
                yield value;
            }
        };
    }

    /** How Grafana writes an interval: the largest whole unit, {@code 1h}, {@code 10s}. */
    static String grafanaInterval(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    static String escapeRegex(String value) {
        return REGEX_SPECIAL.matcher(value).replaceAll("\\\\$0");
    }
}
