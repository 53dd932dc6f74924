package dev.okr.connectors.influx;

import java.util.Arrays;

/**
 * The tags or fields of a point being built: keys with values, a later value replacing an earlier
 * one of the same key. Arrays with a linear search, since a point has a handful of each and the
 * sink builds hundreds of thousands a second.
 */
final class PointEntries {

    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;

    void put(String key, Object value) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                values[i] = value;
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Puts the entries in key order (insertion sort: a handful of entries). */
    void sortByKey() {
        for (int i = 1; i < size; i++) {
            String key = keys[i];
            Object value = values[i];
            int j = i - 1;
            while (j >= 0 && keys[j].compareTo(key) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
    }

    String[] keys() {
        return Arrays.copyOf(keys, size);
    }

    <T> T[] values(Class<? extends T[]> type) {
        return Arrays.copyOf(values, size, type);
    }
}
