package dev.okr.okrfile.internal;

import dev.okr.okrfile.metric.Condition;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.RetentionMode;
import dev.okr.okrfile.metric.Statistic;
import dev.okr.okrfile.metric.Window;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the metrics that follow a user (or another key) from one event to another: duration,
 * retention and conversion (SPEC §4). Their {@code where} chooses who starts: it tests the {@code
 * from} or {@code cohort_event} event.
 */
final class FlowMetricBinder {

    static final List<String> DURATION_OPTIONS =
            List.of("type", "from", "to", "key", "where", "statistic", "unit", "window");
    static final List<String> RETENTION_OPTIONS =
            List.of("type", "cohort_event", "day", "return_events", "mode", "cohorts", "where");
    static final List<String> CONVERSION_OPTIONS =
            List.of("type", "from", "to", "within", "cohorts", "where");

    private static final List<String> UNITS = List.of("seconds", "minutes", "hours", "days");
    private static final List<String> MODES = List.of("on_day", "on_or_after");

    private FlowMetricBinder() {}

    /**
     * The options of {@code type}. Retention and conversion have no window; a {@code window} there
     * is reported here with the reason, and accepted in the list so it is not reported twice.
     */
    static List<String> withWindowHint(Section m, String type) {
        List<String> options = MetricBinder.OPTIONS.get(type);
        if ((type.equals("retention") || type.equals("conversion")) && m.has("window")) {
            m.errorAtKey(
                    m.entry("window").orElseThrow(),
                    "has a window on its "
                            + type
                            + " metric; "
                            + type
                            + " has none: its value covers the latest mature cohort days"
                            + " (cohorts, default 7), so remove window");
            List<String> withWindow = new ArrayList<>(options);
            withWindow.add("window");
            return withWindow;
        }
        return options;
    }

    static Metric metric(Section m, String type, Window window) {
        return switch (type) {
            case "duration" -> duration(m, window);
            case "retention" -> retention(m);
            case "conversion" -> conversion(m);
            default -> throw new IllegalStateException("not a flow metric: " + type);
        };
    }

    private static Metric duration(Section m, Window window) {
        String from = event(m, "from", "Signed Up");
        String to = event(m, "to", "Project Created");
        String key =
                m.has("key") ? CommonOptions.property(m, "key", false) : DurationMetric.USER_KEY;
        List<Condition> where = ConditionBinder.where(m);
        Statistic statistic = statistic(m);
        String unit = m.has("unit") ? m.choice("unit", UNITS) : "seconds";
        if (from == null
                || to == null
                || key == null
                || where == null
                || statistic == null
                || unit == null
                || window == null) {
            return null;
        }
        return new DurationMetric(
                from,
                to,
                key,
                where,
                statistic,
                ChronoUnit.valueOf(unit.toUpperCase(java.util.Locale.ROOT)),
                window);
    }

    private static Metric retention(Section m) {
        String cohortEvent = event(m, "cohort_event", "Signed Up");
        if (!m.has("day")) {
            m.missing(
                    "day in its retention metric",
                    "say which day after the cohort day counts," + " e.g. day: 7");
        }
        Integer day = m.whole("day", 1, "7");
        Set<String> returns = CommonOptions.events(m, "return_events");
        String mode = m.has("mode") ? m.choice("mode", MODES) : "on_day";
        Integer cohorts = cohorts(m, RetentionMetric.DEFAULT_COHORTS);
        List<Condition> where = ConditionBinder.where(m);
        if (cohortEvent == null
                || day == null
                || returns == null
                || mode == null
                || cohorts == null
                || where == null) {
            return null;
        }
        RetentionMode retentionMode =
                mode.equals("on_day") ? RetentionMode.ON_DAY : RetentionMode.ON_OR_AFTER;
        return new RetentionMetric(cohortEvent, where, returns, day, retentionMode, cohorts);
    }

    private static Metric conversion(Section m) {
        String from = event(m, "from", "Trial Started");
        String to = event(m, "to", "Subscription Started");
        Duration within = within(m);
        Integer cohorts = cohorts(m, ConversionMetric.DEFAULT_COHORTS);
        List<Condition> where = ConditionBinder.where(m);
        if (from == null || to == null || within == null || cohorts == null || where == null) {
            return null;
        }
        return new ConversionMetric(from, to, where, within, cohorts);
    }

    private static String event(Section m, String key, String example) {
        if (!m.has(key)) {
            m.missing(key + " in its metric", "name a track event, e.g. " + key + ": " + example);
            return null;
        }
        return m.text(key);
    }

    private static Integer cohorts(Section m, int defaultCohorts) {
        return m.has("cohorts") ? m.whole("cohorts", 1, "7") : Integer.valueOf(defaultCohorts);
    }

    private static Duration within(Section m) {
        if (!m.has("within")) {
            m.missing(
                    "within in its conversion metric",
                    "say how soon the conversion must follow, e.g. within: 14d");
            return null;
        }
        String text = m.text("within");
        Optional<Duration> within = text == null ? Optional.empty() : Scalars.duration(text);
        if (text != null && (within.isEmpty() || within.get().isZero())) {
            m.error(
                    m.entry("within").orElseThrow().value(),
                    "has within \""
                            + text
                            + "\"; write a whole number above 0 and a unit, s, m, h, d or w,"
                            + " e.g. within: 14d or within: 1h");
            return null;
        }
        return within.orElse(null);
    }

    private static Statistic statistic(Section m) {
        if (!m.has("statistic")) {
            return Statistic.mean();
        }
        String text = m.text("statistic");
        if (text == null) {
            return null;
        }
        if (text.equals("mean")) {
            return Statistic.mean();
        }
        if (text.equals("median")) {
            return Statistic.median();
        }
        OptionalDouble p =
                text.startsWith("p") ? Scalars.number(text.substring(1)) : OptionalDouble.empty();
        YamlNode at = m.entry("statistic").orElseThrow().value();
        if (p.isEmpty()) {
            m.error(
                    at,
                    "has unknown statistic \""
                            + text
                            + "\"; write mean, median, or a percentile such as p95");
            return null;
        }
        if (!(p.getAsDouble() > 0 && p.getAsDouble() < 100)) {
            m.error(
                    at,
                    "has statistic "
                            + text
                            + ", a percentile outside (0, 100); write one between p1 and p99.9,"
                            + " e.g. p95");
            return null;
        }
        return Statistic.percentile(p.getAsDouble());
    }
}
