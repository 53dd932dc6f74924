package dev.okr.dashboards;

import dev.okr.job.InfluxSchema;
import dev.okr.job.InfluxSchema.Health;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a query may use, read from {@link InfluxSchema} (what the pipeline writes through), and
 * the check that a query uses no other: its measurement after {@code FROM}, and every other
 * double-quoted identifier a tag or field of that measurement, unless it names an {@code AS} alias.
 * Queries write every identifier in double quotes, so none escapes the check.
 */
final class InfluxNames {

    private static final Pattern FROM = Pattern.compile("FROM \"([^\"]+)\"");
    private static final Pattern QUOTED = Pattern.compile("(AS )?\"([^\"]+)\"");

    /** Measurement → its tags and fields. */
    private static final Map<String, Set<String>> NAMES = new HashMap<>();

    static {
        add(
                InfluxSchema.KeyResult.MEASUREMENT,
                InfluxSchema.KeyResult.TAGS,
                InfluxSchema.KeyResult.FIELDS);
        add(
                InfluxSchema.Objective.MEASUREMENT,
                InfluxSchema.Objective.TAGS,
                InfluxSchema.Objective.FIELDS);
        add(InfluxSchema.Metric.MEASUREMENT, InfluxSchema.Metric.TAGS, InfluxSchema.Metric.FIELDS);
        add(InfluxSchema.Grade.MEASUREMENT, InfluxSchema.Grade.TAGS, InfluxSchema.Grade.FIELDS);
        add(
                InfluxSchema.KeyResultLatest.MEASUREMENT,
                InfluxSchema.KeyResultLatest.TAGS,
                InfluxSchema.KeyResultLatest.FIELDS);
        add(
                InfluxSchema.ObjectiveLatest.MEASUREMENT,
                InfluxSchema.ObjectiveLatest.TAGS,
                InfluxSchema.ObjectiveLatest.FIELDS);
        for (String measurement : Health.MEASUREMENTS) {
            add(measurement, Health.TAGS, Health.FIELDS);
        }
    }

    private InfluxNames() {}

    private static void add(String measurement, List<String> tags, List<String> fields) {
        Set<String> names = new HashSet<>(tags);
        names.addAll(fields);
        NAMES.put(measurement, names);
    }

    static boolean isMeasurement(String name) {
        return NAMES.containsKey(name);
    }

    /** The names {@code query} uses that the schema does not have; empty when all exist. */
    static List<String> unknownNames(String query) {
        Matcher from = FROM.matcher(query);
        if (!from.find()) {
            return List.of("no FROM \"measurement\" in " + query);
        }
        String measurement = from.group(1);
        Set<String> known = NAMES.get(measurement);
        if (known == null) {
            return List.of("measurement " + measurement);
        }
        List<String> unknown = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(query);
        while (quoted.find()) {
            String name = quoted.group(2);
            boolean alias = quoted.group(1) != null;
            if (!alias && !name.equals(measurement) && !known.contains(name)) {
                unknown.add(measurement + "." + name);
            }
        }
        return unknown;
    }
}
