package dev.okr.simulator;

/**
 * A rate of the simulated product that moves over the simulated time range: {@code start} at the
 * beginning, {@code end} at the end, linearly in between. The simulator's {@code drift} option
 * scales the move (0: every rate stays at its start value; 1: as written; 2: twice the move).
 */
public record Drift(double start, double end) {

    /** A rate that does not move. */
    public static Drift flat(double value) {
        return new Drift(value, value);
    }

    /** The value at {@code progress} (0 at the start, 1 at the end) under drift {@code scale}. */
    public double at(double progress, double scale) {
        return start + (end - start) * progress * scale;
    }
}
