package dev.okr.metric.internal;

import dev.okr.metric.Cell;
import dev.okr.metric.Contribution;
import dev.okr.metric.ExactSum;
import dev.okr.metric.Family;
import dev.okr.metric.PartReader;
import dev.okr.metric.QuantileSketch;

/** Applies a contribution to the cell it belongs in. */
public final class Cells {

    private Cells() {}

    /** The key of the cell a contribution changes (retained counts live in their own map). */
    public static long keyOf(Contribution c) {
        return c.kind == Contribution.RETAINED
                ? PartReader.retainedKey(c.bucket, c.second)
                : c.bucket;
    }

    public static void apply(Cell cell, Contribution c, Family family) {
        switch (c.kind) {
            case Contribution.SAMPLE -> sample(cell, c.value, family);
            case Contribution.DURATION -> {
                cell.count += c.count;
                cell.sum = ExactSum.add(cell.sum, c.count * c.value);
                if (cell.sketch == null) {
                    cell.sketch = new QuantileSketch();
                }
                if (c.count > 0) {
                    cell.sketch.add(c.value);
                } else {
                    cell.sketch.remove(c.value);
                }
            }
            case Contribution.CONVERTED -> cell.a += c.count;
            case Contribution.ENTRANT -> {
                cell.count += c.count;
                cell.times =
                        c.count > 0 ? insert(cell.times, c.second) : delete(cell.times, c.second);
            }
            default -> cell.count += c.count;
        }
    }

    /** A sorted multiset with one more {@code value}. */
    static long[] insert(long[] times, long value) {
        long[] t = times == null ? new long[0] : times;
        int at = java.util.Arrays.binarySearch(t, value);
        int index = at >= 0 ? at : -at - 1;
        long[] grown = new long[t.length + 1];
        System.arraycopy(t, 0, grown, 0, index);
        grown[index] = value;
        System.arraycopy(t, index, grown, index + 1, t.length - index);
        return grown;
    }

    /** A sorted multiset with one {@code value} less. */
    static long[] delete(long[] times, long value) {
        int at = times == null ? -1 : java.util.Arrays.binarySearch(times, value);
        if (at < 0) {
            throw new IllegalStateException("took back an entry that was never made: " + value);
        }
        long[] shrunk = new long[times.length - 1];
        System.arraycopy(times, 0, shrunk, 0, at);
        System.arraycopy(times, at + 1, shrunk, at, times.length - at - 1);
        return shrunk;
    }

    private static void sample(Cell cell, double value, Family family) {
        cell.count++;
        switch (family) {
            case AGGREGATE -> {
                if (!Double.isNaN(value)) {
                    cell.sum = ExactSum.add(cell.sum, value);
                    cell.min = Math.min(cell.min, value);
                    cell.max = Math.max(cell.max, value);
                }
            }
            case PERCENTILE -> {
                if (cell.sketch == null) {
                    cell.sketch = new QuantileSketch();
                }
                cell.sketch.add(value);
            }
            case NPS -> {
                if (value >= 9) {
                    cell.a++;
                } else if (value <= 6) {
                    cell.b++;
                }
            }
            default -> throw new IllegalStateException("no samples for " + family);
        }
    }
}
