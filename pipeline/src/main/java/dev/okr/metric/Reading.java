package dev.okr.metric;

/**
 * A key result's reading at an instant (SPEC §3), as the engine emits it to scoring. A plain Flink
 * POJO; NaN stands for "no value".
 */
public final class Reading {
    public int keyResult;

    /** The instant the reading is taken at, in epoch milliseconds. */
    public long instant;

    /** The value the key result reads; NaN without data. */
    public double value = Double.NaN;

    /** The value of the open calendar window; NaN without data or for other windows. */
    public double liveValue = Double.NaN;

    /** For a maintain key result: complete windows since its start that met the threshold. */
    public long windowsMet;

    /** For a maintain key result: complete windows since its start that had a value. */
    public long windowsWithValue;

    public Reading() {}

    public boolean hasValue() {
        return !Double.isNaN(value);
    }

    @Override
    public String toString() {
        return "Reading{kr="
                + keyResult
                + ", instant="
                + java.time.Instant.ofEpochMilli(instant)
                + ", value="
                + value
                + ", live="
                + liveValue
                + ", band="
                + windowsMet
                + "/"
                + windowsWithValue
                + "}";
    }
}
