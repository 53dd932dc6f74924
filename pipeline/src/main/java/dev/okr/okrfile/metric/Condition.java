package dev.okr.okrfile.metric;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One test of a metric's {@code where} option on an event property at a dotted path. Numbers
 * compare by value ({@code 3} equals {@code 3.0}); a string never equals a number, even {@code "3"}
 * and {@code 3}. An event that lacks the property matches no condition except {@code exists:
 * false}. Values are {@link Double}, {@link String} or {@link Boolean}; other numbers are
 * normalised to {@link Double} on construction.
 */
public sealed interface Condition extends Serializable
        permits Condition.Equals,
                Condition.NotEquals,
                Condition.Compare,
                Condition.In,
                Condition.Exists {

    /** The dotted property path the condition tests, e.g. {@code plan} or {@code device.type}. */
    String path();

    /** Whether an event whose properties {@code event} reads passes this condition. */
    boolean test(PropertyLookup event);

    /** {@code path: value}: the property equals the value. */
    record Equals(String path, Object value) implements Condition {
        public Equals {
            PropertyPath.require(path);
            value = scalar(value);
        }

        @Override
        public boolean test(PropertyLookup event) {
            return same(value, event.get(path));
        }
    }

    /** {@code path: {ne: value}}: the property exists and differs from the value. */
    record NotEquals(String path, Object value) implements Condition {
        public NotEquals {
            PropertyPath.require(path);
            value = scalar(value);
        }

        @Override
        public boolean test(PropertyLookup event) {
            Object actual = scalarOrNull(event.get(path));
            return actual != null && !same(value, actual);
        }
    }

    /** {@code path: {gt|gte|lt|lte: number}}: the property is a number in that relation. */
    record Compare(String path, Comparator comparator, double value) implements Condition {
        public Compare {
            PropertyPath.require(path);
            Objects.requireNonNull(comparator, "comparator");
        }

        @Override
        public boolean test(PropertyLookup event) {
            return event.get(path) instanceof Number n && comparator.holds(n.doubleValue(), value);
        }
    }

    /** {@code path: {in: [a, b]}}: the property equals one of the values. */
    record In(String path, List<Object> values) implements Condition {
        public In {
            PropertyPath.require(path);
            values = values.stream().map(Condition::scalar).toList();
        }

        @Override
        public boolean test(PropertyLookup event) {
            Object actual = event.get(path);
            return values.stream().anyMatch(v -> same(v, actual));
        }
    }

    /** {@code path: {exists: true|false}}: the property holds a value, or does not. */
    record Exists(String path, boolean present) implements Condition {
        public Exists {
            PropertyPath.require(path);
        }

        @Override
        public boolean test(PropertyLookup event) {
            return (scalarOrNull(event.get(path)) != null) == present;
        }
    }

    /** The order relations of {@link Compare}, named as in an OKR file. */
    enum Comparator {
        GT("gt"),
        GTE("gte"),
        LT("lt"),
        LTE("lte");

        private final String yamlName;

        Comparator(String yamlName) {
            this.yamlName = yamlName;
        }

        /** The operator as written in an OKR file, e.g. {@code gte}. */
        public String yamlName() {
            return yamlName;
        }

        boolean holds(double actual, double bound) {
            return switch (this) {
                case GT -> actual > bound;
                case GTE -> actual >= bound;
                case LT -> actual < bound;
                case LTE -> actual <= bound;
            };
        }
    }

    private static Object scalar(Object value) {
        Object normalised = scalarOrNull(value);
        if (normalised == null) {
            throw new IllegalArgumentException(
                    "a condition value is a number, a string or a boolean, not " + value);
        }
        return normalised;
    }

    private static Object scalarOrNull(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value instanceof String || value instanceof Boolean ? value : null;
    }

    private static boolean same(Object expected, Object actual) {
        Object a = scalarOrNull(actual);
        if (expected instanceof Double e && a instanceof Double d) {
            return e.doubleValue() == d.doubleValue();
        }
        return expected.equals(a);
    }
}
