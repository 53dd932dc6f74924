package dev.okr.okrfile;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a key result aims: an absolute number, or a change relative to the baseline written as
 * {@code "+10%"} or {@code "-50%"} (SPEC §2).
 */
public sealed interface Target extends Serializable permits Target.Absolute, Target.Relative {

    /** An absolute target. */
    static Target of(double value) {
        return new Absolute(value);
    }

    /** A relative target, {@code percent} as written: 10 for {@code "+10%"}, -50 for "-50%". */
    static Target relative(double percent) {
        return new Relative(percent);
    }

    /** The number to reach once the baseline is known. */
    double resolve(double baseline);

    /** An absolute target: the number itself. */
    record Absolute(double value) implements Target {
        public Absolute {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a target is a finite number: " + value);
            }
        }

        @Override
        public double resolve(double baseline) {
            return value;
        }
    }

    /**
     * A target relative to the baseline: {@code baseline + |baseline| x percent / 100}. For a
     * positive baseline that is {@code baseline x (1 + percent / 100)}; taking the magnitude keeps
     * {@code "+10%"} an increase for a negative baseline too (an NPS of -20 becomes -18).
     *
     * @param percent the change in percent, non-zero and above -100 when negative, e.g. 10 or -50
     */
    record Relative(double percent) implements Target {
        public Relative {
            if (!Double.isFinite(percent) || percent == 0) {
                throw new IllegalArgumentException("a relative target moves: " + percent + "%");
            }
        }

        @Override
        public double resolve(double baseline) {
            return baseline + Math.abs(baseline) * percent / 100;
        }

        /** The target as written, e.g. {@code +10%}. */
        @Override
        public String toString() {
            String digits = BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString();
            return (percent > 0 ? "+" : "") + digits + "%";
        }
    }
}
