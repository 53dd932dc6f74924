package dev.okr.okrfile;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What a key result asks of its metric: to {@link Move} it from a baseline to a target, or to
 * {@link Maintain} it on the right side of a threshold ({@code direction: maintain}). The two
 * exclude each other, so a key result holds exactly one.
 */
public sealed interface Goal extends Serializable permits Goal.Move, Goal.Maintain {

    /**
     * Move the metric from {@code baseline} to {@code target}. Score: {@code clamp((value -
     * baseline) / (target - baseline), 0, 1)} (SPEC §5).
     */
    record Move(Baseline baseline, Target target) implements Goal {
        public Move {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(target, "target");
        }

        /** The number to reach, given the baseline's value (the fixed one, or auto's reading). */
        public double targetFor(double baselineValue) {
            return target.resolve(baselineValue);
        }

        /**
         * The direction given the baseline's value; empty when the target equals it, which only an
         * {@code auto} baseline can produce (the validator rejects it for a fixed one).
         */
        public Optional<Direction> direction(double baselineValue) {
            int sign = Double.compare(targetFor(baselineValue), baselineValue);
            if (sign == 0) {
                return Optional.empty();
            }
            return Optional.of(sign > 0 ? Direction.INCREASE : Direction.DECREASE);
        }

        /**
         * The direction as known from the file alone: with a fixed baseline, or a relative target
         * (its sign). Empty for an {@code auto} baseline with an absolute target, whose direction
         * follows from the baseline's reading, and when the target equals a fixed baseline (a
         * relative target of a baseline of 0).
         */
        public Optional<Direction> direction() {
            if (baseline instanceof Baseline.Fixed fixed) {
                return direction(fixed.value());
            }
            if (target instanceof Target.Relative relative) {
                return Optional.of(
                        relative.percent() > 0 ? Direction.INCREASE : Direction.DECREASE);
            }
            return Optional.empty();
        }
    }

    /**
     * Keep the metric at or above ({@link Comparison#AT_LEAST}) or at or below ({@link
     * Comparison#AT_MOST}) a threshold. Score: the share of the metric's complete windows since the
     * key result's start whose value met the threshold (SPEC §5).
     */
    record Maintain(double threshold, Comparison comparison) implements Goal {
        public Maintain {
            Objects.requireNonNull(comparison, "comparison");
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("a threshold is a finite number: " + threshold);
            }
        }

        /** Whether a reading meets the threshold. */
        public boolean isMet(double reading) {
            return comparison.isMet(reading, threshold);
        }
    }
}
