package dev.okr.connectors.kafka;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code properties} of a Segment event, flattened: each leaf is reached by its dotted path
 * ({@code {"plan":{"tier":"pro"}}} gives {@code plan.tier}) and holds a {@link Double} (any JSON
 * number), a {@link String} or a {@link Boolean}.
 *
 * <p>JSON {@code null} leaves are left out, so they read as absent. An array is kept whole as its
 * compact JSON text (a String), not flattened. When two leaves have the same dotted path (a key
 * that itself contains a dot, say) the one written later in the JSON wins. Integers beyond 2^53
 * lose precision as doubles.
 *
 * <p>Immutable. Keys are held sorted in one array and values in another, so a lookup is a binary
 * search without hashing and an event carries no map.
 */
public final class EventProperties {

    /** No properties. */
    public static final EventProperties EMPTY = new EventProperties(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private EventProperties(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * Properties from parallel arrays of dotted keys and values, in any order; the arrays are taken
     * over, not copied. A later duplicate key replaces an earlier one.
     *
     * @throws IllegalArgumentException when a value is not a Double, String or Boolean
     */
    public static EventProperties of(String[] keys, Object[] values, int size) {
        if (size == 0) {
            return EMPTY;
        }
        for (int i = 0; i < size; i++) {
            Object v = values[i];
            if (!(v instanceof Double || v instanceof String || v instanceof Boolean)) {
                throw new IllegalArgumentException(
                        "property " + keys[i] + " has a value of an unsupported type: " + v);
            }
        }
        // Insertion sort, stable: events have a handful of properties.
        String[] k = Arrays.copyOf(keys, size);
        Object[] v = Arrays.copyOf(values, size);
        for (int i = 1; i < size; i++) {
            String key = k[i];
            Object value = v[i];
            int j = i - 1;
            while (j >= 0 && k[j].compareTo(key) > 0) {
                k[j + 1] = k[j];
                v[j + 1] = v[j];
                j--;
            }
            k[j + 1] = key;
            v[j + 1] = value;
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n > 0 && k[n - 1].equals(k[i])) {
                v[n - 1] = v[i];
            } else {
                k[n] = k[i];
                v[n] = v[i];
                n++;
            }
        }
        return n == size
                ? new EventProperties(k, v)
                : new EventProperties(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
    }

    /** Properties from a map of dotted keys to Double, String or Boolean values. */
    public static EventProperties of(Map<String, ?> properties) {
        String[] k = properties.keySet().toArray(new String[0]);
        Object[] v = new Object[k.length];
        for (int i = 0; i < k.length; i++) {
            Object value = properties.get(k[i]);
            v[i] =
                    value instanceof Number n && !(value instanceof Double)
                            ? (Object) n.doubleValue()
                            : value;
        }
        return of(k, v, k.length);
    }

    /**
     * The value at {@code dottedPath}: a Double, String or Boolean, or null when absent or JSON
     * null. A path to an object (not a leaf) is absent.
     */
    public Object get(String dottedPath) {
        int i = Arrays.binarySearch(keys, dottedPath);
        return i >= 0 ? values[i] : null;
    }

    /** The number at {@code dottedPath}, or NaN when absent or not a number. */
    public double number(String dottedPath) {
        return get(dottedPath) instanceof Double d ? d : Double.NaN;
    }

    /** The number of leaves. */
    public int size() {
        return keys.length;
    }

    /** The dotted key of the {@code i}-th leaf, in ascending order of keys. */
    public String key(int i) {
        return keys[i];
    }

    /** The value of the {@code i}-th leaf. */
    public Object value(int i) {
        return values[i];
    }

    /** The leaves as an ordered map, for display and tests. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventProperties p
                && Arrays.equals(keys, p.keys)
                && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
