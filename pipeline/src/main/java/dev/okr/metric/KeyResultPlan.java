package dev.okr.metric;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.Window;
import java.io.Serializable;
import java.util.List;

/**
 * A key result as the engine computes it: its parts (one, or a ratio's numerator and denominator),
 * its window and the instants it is read at.
 *
 * @param index its number in the plan, the key of its per-key-result state
 * @param keyResult the key result of the OKR file
 * @param objective the objective it belongs to
 * @param parts its part numbers: one, or numerator then denominator
 * @param spanStartMillis the period's start, when its clock starts
 * @param spanEndMillis the end of its deadline day, else the period's end: its reading freezes
 *     there
 */
public record KeyResultPlan(
        int index,
        KeyResult keyResult,
        Objective objective,
        List<Integer> parts,
        long spanStartMillis,
        long spanEndMillis)
        implements Serializable {

    public String id() {
        return keyResult.id();
    }

    public boolean isRatio() {
        return keyResult.metric() instanceof RatioMetric;
    }

    public Window window() {
        return keyResult.metric().window();
    }

    /** Whether the key result is read every hour (an {@code hour} window) or every day. */
    public boolean hourly() {
        return window() == Window.HOUR;
    }
}
