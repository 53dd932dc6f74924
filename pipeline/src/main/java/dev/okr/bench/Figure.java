package dev.okr.bench;

import java.util.Objects;

/**
 * One measured figure of a bench report: the median of its runs with their range, its unit, and the
 * goal it is held to, if any.
 *
 * @param goal null when the figure has none
 */
public record Figure(String name, Spread value, Unit unit, Goal goal) {

    public Figure {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
    }

    public static Figure of(String name, Spread value, Unit unit) {
        return new Figure(name, value, unit, null);
    }

    /** "met", "not met", or empty without a goal. */
    public String verdict() {
        return goal == null ? "" : goal.metBy(value) ? "met" : "not met";
    }
}
