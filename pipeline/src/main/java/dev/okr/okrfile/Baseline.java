package dev.okr.okrfile;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * Where a key result starts: a number written in the file, or {@code auto}, the metric's reading at
 * the period's first instant, which the pipeline computes from the events before the period starts
 * (SPEC §2).
 */
public sealed interface Baseline extends Serializable permits Baseline.Fixed, Baseline.Auto {

    /** A baseline written as a number. */
    static Baseline of(double value) {
        return new Fixed(value);
    }

    /** {@code baseline: auto}. */
    static Baseline auto() {
        return new Auto();
    }

    /** The number written in the file; empty for {@code auto}. */
    OptionalDouble fixedValue();

    /** A baseline written as a number. */
    record Fixed(double value) implements Baseline {
        public Fixed {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a baseline is a finite number: " + value);
            }
        }

        @Override
        public OptionalDouble fixedValue() {
            return OptionalDouble.of(value);
        }
    }

    /** {@code baseline: auto}: the metric's reading at the period's first instant. */
    record Auto() implements Baseline {
        @Override
        public OptionalDouble fixedValue() {
            return OptionalDouble.empty();
        }
    }
}
