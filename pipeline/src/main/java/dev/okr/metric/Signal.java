package dev.okr.metric;

import java.util.Arrays;

/**
 * One event as it matters to the parts whose state is kept per identity (or per duration key), sent
 * to the per-key stage keyed by {@link #key}: every such part the event matches, with the event's
 * role for it. One record per event and key rather than one per part, so that an event matching
 * many parts crosses the network and the key's state table once. A plain Flink POJO.
 */
public final class Signal {

    private static final Role[] ROLES = Role.values();

    /** The identity, or for a duration keyed by a property: the part and the property's value. */
    public String key;

    /** The event time, in epoch milliseconds. */
    public long time;

    /** The parts the event matters to. */
    public int[] parts;

    /** For each part, the {@link Role} ordinal. */
    public int[] roles;

    /** For each part that starts something ({@code from}, cohort): whether it meets its where. */
    public boolean[] passes;

    public Signal() {}

    public Signal(int part, Role role, String key, long time) {
        this(part, role, key, time, true);
    }

    public Signal(int part, Role role, String key, long time, boolean passes) {
        this(key, time, new int[] {part}, new int[] {role.ordinal()}, new boolean[] {passes});
    }

    Signal(String key, long time, int[] parts, int[] roles, boolean[] passes) {
        this.key = key;
        this.time = time;
        this.parts = parts;
        this.roles = roles;
        this.passes = passes;
    }

    public int size() {
        return parts.length;
    }

    public Role role(int i) {
        return ROLES[roles[i]];
    }

    @Override
    public String toString() {
        return "Signal{key="
                + key
                + ", time="
                + time
                + ", parts="
                + Arrays.toString(parts)
                + ", roles="
                + Arrays.toString(roles)
                + "}";
    }
}
