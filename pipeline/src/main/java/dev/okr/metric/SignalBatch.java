package dev.okr.metric;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Gathers the per-key signals of one event and sends them as one {@link Signal} per key: the
 * identity for most parts, a part's own key for a duration keyed by a property. Reused from event
 * to event by one matcher; not thread-safe.
 */
final class SignalBatch {

    private String[] keys = new String[8];
    private int[] parts = new int[8];
    private int[] roles = new int[8];
    private boolean[] passes = new boolean[8];
    private int size;

    void add(String key, int part, Role role, boolean starts) {
        if (size == parts.length) {
            keys = Arrays.copyOf(keys, size * 2);
            parts = Arrays.copyOf(parts, size * 2);
            roles = Arrays.copyOf(roles, size * 2);
            passes = Arrays.copyOf(passes, size * 2);
        }
        keys[size] = key;
        parts[size] = part;
        roles[size] = role.ordinal();
        passes[size] = starts;
        size++;
    }

    /** Sends what was added, one signal per distinct key in order of first appearance. */
    void flush(long time, Consumer<Signal> out) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == null) {
                continue; // sent with an earlier entry of the same key
            }
            String key = keys[i];
            int count = 0;
            for (int j = i; j < size; j++) {
                if (key.equals(keys[j])) {
                    count++;
                }
            }
            int[] p = new int[count];
            int[] r = new int[count];
            boolean[] s = new boolean[count];
            int n = 0;
            for (int j = i; j < size; j++) {
                if (key.equals(keys[j])) {
                    p[n] = parts[j];
                    r[n] = roles[j];
                    s[n] = passes[j];
                    n++;
                    keys[j] = null;
                }
            }
            out.accept(new Signal(key, time, p, r, s));
        }
        size = 0;
    }
}
