package dev.okr.okrfile.internal;

import dev.okr.okrfile.internal.YamlNode.Entry;
import dev.okr.okrfile.internal.YamlNode.Mapping;
import dev.okr.okrfile.internal.YamlNode.Scalar;
import dev.okr.okrfile.metric.ActiveUsersMetric;
import dev.okr.okrfile.metric.AverageMetric;
import dev.okr.okrfile.metric.Condition;
import dev.okr.okrfile.metric.CountMetric;
import dev.okr.okrfile.metric.EventFilter;
import dev.okr.okrfile.metric.EventMetric;
import dev.okr.okrfile.metric.MaxMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.MinMetric;
import dev.okr.okrfile.metric.NpsMetric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.SumMetric;
import dev.okr.okrfile.metric.Window;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a key result's metric, or a ratio's numerator or denominator (SPEC §4). */
final class MetricBinder {

    private static final List<String> EVENT_OPTIONS = List.of("type", "events", "where", "window");
    private static final List<String> PROPERTY_OPTIONS =
            List.of("type", "events", "where", "property", "window");

    /** Every type with the options it takes, in the order of SPEC §4. */
    static final Map<String, List<String>> OPTIONS =
            Map.ofEntries(
                    Map.entry("active_users", EVENT_OPTIONS),
                    Map.entry("count", EVENT_OPTIONS),
                    Map.entry("sum", PROPERTY_OPTIONS),
                    Map.entry("average", PROPERTY_OPTIONS),
                    Map.entry("min", PROPERTY_OPTIONS),
                    Map.entry("max", PROPERTY_OPTIONS),
                    Map.entry(
                            "percentile",
                            List.of("type", "events", "where", "property", "p", "window")),
                    Map.entry("ratio", List.of("type", "numerator", "denominator", "window")),
                    Map.entry("nps", List.of("type", "event", "property", "where", "window")),
                    Map.entry("duration", FlowMetricBinder.DURATION_OPTIONS),
                    Map.entry("retention", FlowMetricBinder.RETENTION_OPTIONS),
                    Map.entry("conversion", FlowMetricBinder.CONVERSION_OPTIONS));

    static final List<String> TYPES =
            List.of(
                    "active_users",
                    "count",
                    "sum",
                    "average",
                    "min",
                    "max",
                    "percentile",
                    "ratio",
                    "nps",
                    "duration",
                    "retention",
                    "conversion");

    private static final Set<String> EVENT_TYPES =
            Set.of("active_users", "count", "sum", "average", "min", "max", "percentile", "nps");
    private static final Set<String> NEEDS_PROPERTY =
            Set.of("sum", "average", "min", "max", "percentile");

    private MetricBinder() {}

    /**
     * The metric at {@code entry}, or null after reporting what is wrong.
     *
     * @param role {@code metric}, or {@code numerator} / {@code denominator} inside a ratio
     * @param ratioWindow the enclosing ratio's window for a part; null for a key result's metric
     */
    static Metric metric(Section kr, Entry entry, String role, Window ratioWindow) {
        if (!(entry.value() instanceof Mapping mapping)) {
            String hint =
                    entry.value() instanceof Scalar s && TYPES.contains(s.text())
                            ? "{type: " + s.text() + "}"
                            : "{type: count, events: [Signed Up]}";
            kr.error(
                    entry.value(),
                    "has "
                            + entry.value().describe()
                            + " as "
                            + role
                            + "; a metric is a mapping, e.g. "
                            + role
                            + ": "
                            + hint);
            return null;
        }
        Section m = new Section(mapping, kr.subject(), kr.problems());
        String type = type(m, role);
        if (type == null) {
            return null;
        }
        if (ratioWindow != null && !(type.equals("duration") || EVENT_TYPES.contains(type))) {
            m.error(
                    m.entry("type").orElseThrow().value(),
                    "has a "
                            + type
                            + " metric as its ratio's "
                            + role
                            + "; a ratio divides event metrics or durations (not ratio,"
                            + " retention or conversion)");
            return null;
        }
        String optionWord = role.equals("metric") ? "metric option" : role + " option";
        m.rejectUnknownKeys(
                FlowMetricBinder.withWindowHint(m, type), optionWord, "a " + type + " metric");
        Window window = window(m, role, ratioWindow);
        return switch (type) {
            case "ratio" -> ratio(m, window);
            case "duration", "retention", "conversion" -> FlowMetricBinder.metric(m, type, window);
            default -> eventMetric(m, type, window);
        };
    }

    private static String type(Section m, String role) {
        if (!m.has("type")) {
            m.missing(
                    "type in its " + role,
                    "write one of "
                            + Suggestions.list(TYPES).replace(" and ", " or ")
                            + ", e.g. type: count");
            return null;
        }
        String type = m.text("type");
        if (type == null || TYPES.contains(type)) {
            return type;
        }
        String advice =
                Suggestions.closest(type, TYPES)
                        .map(c -> "; did you mean \"" + c + "\"?")
                        .orElse("; the types are " + Suggestions.list(TYPES));
        m.error(
                m.entry("type").orElseThrow().value(),
                "has unknown metric type \"" + type + "\"" + advice);
        return null;
    }

    private static Window window(Section m, String role, Window ratioWindow) {
        if (!m.has("window")) {
            return ratioWindow == null ? Window.DAY : ratioWindow;
        }
        List<String> names = Arrays.stream(Window.values()).map(Window::yamlName).toList();
        String text = m.choice("window", names);
        Window window = text == null ? null : Window.fromYamlName(text).orElseThrow();
        if (ratioWindow != null && window != null && window != ratioWindow) {
            m.error(
                    m.entry("window").orElseThrow().value(),
                    "has window "
                            + window
                            + " in its "
                            + role
                            + " but "
                            + ratioWindow
                            + " on its ratio; a ratio divides two metrics over the same window,"
                            + " so set window once, on the ratio");
            return null;
        }
        return window;
    }

    private static Metric ratio(Section m, Window window) {
        Metric numerator = part(m, "numerator", window);
        Metric denominator = part(m, "denominator", window);
        if (numerator == null || denominator == null || window == null) {
            return null;
        }
        return new RatioMetric(numerator, denominator, window);
    }

    private static Metric part(Section m, String role, Window window) {
        if (!m.has(role)) {
            m.missing(
                    role + " in its ratio",
                    "a ratio divides a numerator metric by a denominator metric, e.g. "
                            + role
                            + ": {type: count, events: [API Request]}");
            return null;
        }
        Section kr = new Section(m.mapping(), m.subject(), m.problems());
        return metric(kr, m.entry(role).orElseThrow(), role, window == null ? Window.DAY : window);
    }

    private static EventMetric eventMetric(Section m, String type, Window window) {
        Set<String> events = type.equals("nps") ? npsEvent(m) : CommonOptions.events(m, "events");
        List<Condition> where = ConditionBinder.where(m);
        String property = null;
        if (NEEDS_PROPERTY.contains(type)) {
            property = CommonOptions.property(m, "property", true);
        } else if (type.equals("nps")) {
            property =
                    m.has("property")
                            ? CommonOptions.property(m, "property", false)
                            : NpsMetric.DEFAULT_PROPERTY;
        }
        Double p = type.equals("percentile") ? percentileP(m) : null;
        if (events == null || where == null || window == null) {
            return null;
        }
        EventFilter filter = new EventFilter(events, where);
        if ((NEEDS_PROPERTY.contains(type) || type.equals("nps")) && property == null) {
            return null;
        }
        return switch (type) {
            case "active_users" -> new ActiveUsersMetric(filter, window);
            case "count" -> new CountMetric(filter, window);
            case "sum" -> new SumMetric(filter, property, window);
            case "average" -> new AverageMetric(filter, property, window);
            case "min" -> new MinMetric(filter, property, window);
            case "max" -> new MaxMetric(filter, property, window);
            case "percentile" ->
                    p == null ? null : new PercentileMetric(filter, property, p, window);
            case "nps" -> new NpsMetric(filter, property, window);
            default -> throw new IllegalStateException("not an event metric: " + type);
        };
    }

    private static Set<String> npsEvent(Section m) {
        if (!m.has("event")) {
            m.missing(
                    "event in its nps metric",
                    "name the survey event, e.g. event: NPS Survey Submitted");
            return null;
        }
        String event = m.text("event");
        return event == null ? null : Set.of(event);
    }

    private static Double percentileP(Section m) {
        if (!m.has("p")) {
            m.missing("p in its percentile metric", "say which percentile to read, e.g. p: 95");
            return null;
        }
        Double p = m.number("p", "95");
        if (p != null && !(p > 0 && p < 100)) {
            m.error(
                    m.entry("p").orElseThrow().value(),
                    "has percentile p "
                            + Scalars.format(p)
                            + " outside (0, 100); write a number between 0 and 100, e.g. p: 95");
            return null;
        }
        return p;
    }
}
