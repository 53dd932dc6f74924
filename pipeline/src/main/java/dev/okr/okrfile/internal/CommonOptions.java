package dev.okr.okrfile.internal;

import dev.okr.okrfile.internal.YamlNode.Entry;
import dev.okr.okrfile.internal.YamlNode.Sequence;
import dev.okr.okrfile.metric.PropertyPath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the options many metric types share: event names and property paths (SPEC §4). */
final class CommonOptions {

    private CommonOptions() {}

    /** A dotted property path; reports a missing one when required. */
    static String property(Section m, String key, boolean required) {
        if (!m.has(key)) {
            if (required) {
                m.missing(
                        key + " in its metric",
                        "name the numeric property to read, e.g. " + key + ": revenue");
            }
            return null;
        }
        String path = m.text(key);
        if (path != null && !PropertyPath.isValid(path)) {
            m.error(
                    m.entry(key).orElseThrow().value(),
                    "has "
                            + key
                            + " \""
                            + path
                            + "\"; a property path is names joined by dots, e.g."
                            + " context.device.type");
            return null;
        }
        return path;
    }

    /**
     * Track event names: one name, a list of names, or {@code "*"} (or nothing) for any activity
     * event, as the empty set; null after reporting a problem.
     */
    static Set<String> events(Section m, String key) {
        if (!m.has(key)) {
            return Set.of();
        }
        YamlNode node = m.entry(key).orElseThrow().value();
        List<YamlNode> items = node instanceof Sequence s ? s.items() : List.of(node);
        if (items.isEmpty()) {
            m.error(node, "has an empty list as " + key + "; name events, or write \"*\" for any");
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (YamlNode item : items) {
            String name = m.text(new Entry(key, item.line(), item.column(), item), item);
            if (name == null) {
                return null;
            }
            if (name.equals("*") && items.size() > 1) {
                m.error(item, "has \"*\" among other " + key + "; \"*\" already means any event");
                return null;
            }
            names.add(name);
        }
        return names.contains("*") ? Set.of() : names;
    }
}
