package dev.okr.okrfile.internal;

import dev.okr.okrfile.internal.YamlNode.Entry;
import dev.okr.okrfile.internal.YamlNode.Mapping;
import dev.okr.okrfile.internal.YamlNode.Scalar;
import dev.okr.okrfile.internal.YamlNode.ScalarType;
import dev.okr.okrfile.internal.YamlNode.Sequence;
import dev.okr.okrfile.metric.Condition;
import dev.okr.okrfile.metric.PropertyPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads a metric's {@code where}: a mapping of dotted property paths to a value (equality) or to
 * operators {@code gt, gte, lt, lte, ne, in, exists} (SPEC §4). All conditions must hold.
 */
final class ConditionBinder {

    private static final List<String> OPERATORS =
            List.of("gt", "gte", "lt", "lte", "ne", "in", "exists");

    private ConditionBinder() {}

    /** The conditions (none when {@code where} is absent), or null after reporting a problem. */
    static List<Condition> where(Section m) {
        if (!m.has("where")) {
            return List.of();
        }
        Section where = m.section("where", "{plan: pro, status: {gte: 500}}");
        if (where == null) {
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        boolean valid = true;
        for (Entry entry : where.mapping().entries().values()) {
            List<Condition> read = conditions(where, entry);
            if (read == null) {
                valid = false;
            } else {
                conditions.addAll(read);
            }
        }
        return valid ? conditions : null;
    }

    private static List<Condition> conditions(Section where, Entry entry) {
        String path = entry.key();
        if (!PropertyPath.isValid(path)) {
            where.errorAtKey(
                    entry,
                    "has where property \""
                            + path
                            + "\"; a property path is names joined by dots, e.g. context.device.type");
            return null;
        }
        YamlNode value = entry.value();
        if (value instanceof Mapping operators) {
            return operators(where, path, operators);
        }
        if (value instanceof Sequence) {
            where.error(
                    value,
                    "has a list as the value of where property \""
                            + path
                            + "\"; to match any of several values write "
                            + path
                            + ": {in: [a, b]}");
            return null;
        }
        Object scalar = scalar(where, path, (Scalar) value);
        return scalar == null ? null : List.of(new Condition.Equals(path, scalar));
    }

    private static List<Condition> operators(Section where, String path, Mapping operators) {
        List<Condition> conditions = new ArrayList<>();
        boolean valid = true;
        for (Entry op : operators.entries().values()) {
            Condition condition = operator(where, path, op);
            if (condition == null) {
                valid = false;
            } else {
                conditions.add(condition);
            }
        }
        if (operators.entries().isEmpty()) {
            where.error(operators, "has no operator for where property \"" + path + "\"");
            return null;
        }
        return valid ? conditions : null;
    }

    private static Condition operator(Section where, String path, Entry op) {
        String name = op.key();
        YamlNode value = op.value();
        switch (name) {
            case "gt", "gte", "lt", "lte" -> {
                Double bound = number(where, path, name, value);
                return bound == null ? null : new Condition.Compare(path, comparator(name), bound);
            }
            case "ne" -> {
                Object scalar = value instanceof Scalar s ? scalar(where, path, s) : null;
                if (!(value instanceof Scalar)) {
                    where.error(
                            value,
                            "has "
                                    + value.describe()
                                    + " after ne on \""
                                    + path
                                    + "\"; write one value, e.g. {ne: free}");
                }
                return scalar == null ? null : new Condition.NotEquals(path, scalar);
            }
            case "in" -> {
                return in(where, path, value);
            }
            case "exists" -> {
                if (value instanceof Scalar s && s.type() == ScalarType.BOOLEAN) {
                    return new Condition.Exists(path, Boolean.parseBoolean(s.text()));
                }
                where.error(
                        value,
                        "has "
                                + value.describe()
                                + " after exists on \""
                                + path
                                + "\"; write {exists: true} or {exists: false}");
                return null;
            }
            default -> {
                String advice =
                        Suggestions.closest(name, OPERATORS)
                                .map(c -> "; did you mean \"" + c + "\"?")
                                .orElse("; the operators are " + Suggestions.list(OPERATORS));
                where.errorAtKey(
                        op,
                        "has unknown where operator \"" + name + "\" on \"" + path + "\"" + advice);
                return null;
            }
        }
    }

    private static Condition in(Section where, String path, YamlNode value) {
        if (!(value instanceof Sequence list) || list.items().isEmpty()) {
            where.error(
                    value,
                    "has "
                            + value.describe()
                            + " after in on \""
                            + path
                            + "\"; write a list of values, e.g. {in: [pro, team]}");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (YamlNode item : list.items()) {
            Object scalar = item instanceof Scalar s ? scalar(where, path, s) : null;
            if (scalar == null) {
                if (!(item instanceof Scalar)) {
                    where.error(
                            item,
                            "has "
                                    + item.describe()
                                    + " in the in list of \""
                                    + path
                                    + "\"; list single values");
                }
                return null;
            }
            values.add(scalar);
        }
        return new Condition.In(path, values);
    }

    private static Double number(Section where, String path, String op, YamlNode value) {
        String text = value instanceof Scalar s && s.type() != ScalarType.NULL ? s.text() : null;
        OptionalDouble n = text == null ? OptionalDouble.empty() : Scalars.number(text);
        if (n.isEmpty()) {
            where.error(
                    value,
                    "has "
                            + value.describe()
                            + " after "
                            + op
                            + " on \""
                            + path
                            + "\"; "
                            + op
                            + " compares numbers, so write one, e.g. {"
                            + op
                            + ": 500}");
            return null;
        }
        return n.getAsDouble();
    }

    /** A condition value: a number, a text or a boolean, as YAML typed it. */
    private static Object scalar(Section where, String path, Scalar value) {
        return switch (value.type()) {
            case TEXT -> value.text();
            case BOOLEAN -> Boolean.parseBoolean(value.text());
            case NUMBER -> {
                OptionalDouble n = Scalars.number(value.text());
                if (n.isEmpty()) {
                    where.error(
                            value,
                            "has "
                                    + value.text()
                                    + " as a value of \""
                                    + path
                                    + "\"; write numbers in decimal, or quote the text");
                    yield null;
                }
                yield n.getAsDouble();
            }
            case NULL -> {
                where.error(
                        value,
                        "has no value for where property \""
                                + path
                                + "\"; to match events without it write "
                                + path
                                + ": {exists: false}");
                yield null;
            }
        };
    }

    private static Condition.Comparator comparator(String name) {
        return Arrays.stream(Condition.Comparator.values())
                .filter(c -> c.yamlName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
