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
                QuantileSketch sketch = QuantileSketch.fromBytes(cell.sketch);
                if (c.count > 0) {
                    sketch.add(c.value);
                } else {
                    sketch.remove(c.value);
                }
                cell.sketch = sketch.toBytes();
            }
            case Contribution.CONVERTED -> cell.a += c.count;
            default -> cell.count += c.count;
        }
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
                QuantileSketch sketch = QuantileSketch.fromBytes(cell.sketch);
                sketch.add(value);
                cell.sketch = sketch.toBytes();
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
