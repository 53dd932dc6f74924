package dev.okr.metric;

/**
 * An event that matters to a part whose state is kept per identity (or per duration key), sent to
 * the per-key stage keyed by {@link #key}. A plain Flink POJO.
 */
public final class Signal {

    public int part;

    /** The {@link Role} ordinal. */
    public int role;

    /** The identity, or for a duration keyed by a property: the part and the property's value. */
    public String key;

    /** The event time, in epoch milliseconds. */
    public long time;

    /** For a start event ({@code from}, cohort): whether it meets the part's {@code where}. */
    public boolean passes = true;

    public Signal() {}

    public Signal(int part, Role role, String key, long time) {
        this(part, role, key, time, true);
    }

    public Signal(int part, Role role, String key, long time, boolean passes) {
        this.part = part;
        this.role = role.ordinal();
        this.key = key;
        this.time = time;
        this.passes = passes;
    }

    public Role role() {
        return Role.values()[role];
    }

    @Override
    public String toString() {
        return "Signal{part=" + part + ", role=" + role() + ", key=" + key + ", time=" + time + "}";
    }
}
