package dev.okr.okrfile.metric;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a {@link DurationMetric} summarises its samples: {@code mean}, {@code median} or {@code pNN}
 * (the NN-th percentile by nearest rank, as for {@link PercentileMetric}).
 *
 * @param percentile for {@link Kind#PERCENTILE}, strictly between 0 and 100; 50 for {@link
 *     Kind#MEDIAN}; 0 for {@link Kind#MEAN}
 */
public record Statistic(Kind kind, double percentile) implements Serializable {

    /** The three summaries. */
    public enum Kind {
        MEAN,
        MEDIAN,
        PERCENTILE
    }

    public Statistic {
        Objects.requireNonNull(kind, "kind");
        boolean valid =
                switch (kind) {
                    case MEAN -> percentile == 0;
                    case MEDIAN -> percentile == 50;
                    case PERCENTILE -> percentile > 0 && percentile < 100;
                };
        if (!valid) {
            throw new IllegalArgumentException(kind + " with percentile " + percentile);
        }
    }

    /** The arithmetic mean. */
    public static Statistic mean() {
        return new Statistic(Kind.MEAN, 0);
    }

    /** The median. */
    public static Statistic median() {
        return new Statistic(Kind.MEDIAN, 50);
    }

    /** The p-th percentile by nearest rank, p strictly between 0 and 100. */
    public static Statistic percentile(double p) {
        return new Statistic(Kind.PERCENTILE, p);
    }

    /** The name as written in an OKR file: {@code mean}, {@code median} or e.g. {@code p95}. */
    public String yamlName() {
        return switch (kind) {
            case MEAN -> "mean";
            case MEDIAN -> "median";
            case PERCENTILE ->
                    "p" + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
        };
    }

    @Override
    public String toString() {
        return yamlName();
    }
}
