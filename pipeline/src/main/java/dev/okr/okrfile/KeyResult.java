package dev.okr.okrfile;

import dev.okr.okrfile.metric.Metric;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurable outcome of an objective: a metric computed from events and a {@link Goal} for it.
 * Immutable and {@link Serializable}; two key results are equal when every field is, position
 * included.
 */
public final class KeyResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final Metric metric;
    private final Goal goal;
    private final String unit;
    private final double weight;
    private final LocalDate deadline;
    private final Commitment commitment;
    private final SourcePosition position;

    /**
     * @param id unique among the key results of an {@link OkrSet}
     * @param unit what the number counts, for people (e.g. {@code ms}, {@code ratio}); may be null
     * @param weight how much the key result weighs in its objective's score, above 0; default 1
     * @param deadline the last day of the key result's own clock, inside the period; may be null
     * @param position where the key result starts in its file
     */
    public KeyResult(
            String id,
            String title,
            Metric metric,
            Goal goal,
            String unit,
            double weight,
            LocalDate deadline,
            Commitment commitment,
            SourcePosition position) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.unit = unit;
        this.weight = weight;
        this.deadline = deadline;
        this.commitment = Objects.requireNonNull(commitment, "commitment");
        this.position = Objects.requireNonNull(position, "position");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("key result " + id + " has weight " + weight);
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** What the key result measures. */
    public Metric metric() {
        return metric;
    }

    /** Move from a baseline to a target, or maintain a threshold. */
    public Goal goal() {
        return goal;
    }

    /** What the number counts, as the file says; for a duration metric, its time unit. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /** The weight inside the objective's score, above 0. Defaults to 1. */
    public double weight() {
        return weight;
    }

    /**
     * The deadline: once its day has ended, the key result reads its metric as of that end and its
     * value and score stop changing (SPEC §2).
     */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    public Commitment commitment() {
        return commitment;
    }

    /** Where the key result starts in its file, for messages about it. */
    public SourcePosition position() {
        return position;
    }

    /**
     * The span the key result is scored on: from the period's start to the end of its deadline day,
     * or to the period's end when it has none, in the file's time zone (SPEC §3 and §5).
     */
    public Span span(Period period, ZoneId zone) {
        Instant end = deadline == null ? period.endIn(zone) : endOfDay(deadline, zone);
        return new Span(period.startIn(zone), end);
    }

    private static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyResult k
                && id.equals(k.id)
                && title.equals(k.title)
                && metric.equals(k.metric)
                && goal.equals(k.goal)
                && Objects.equals(unit, k.unit)
                && Double.compare(weight, k.weight) == 0
                && Objects.equals(deadline, k.deadline)
                && commitment == k.commitment
                && position.equals(k.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, metric, goal, unit, weight, deadline, commitment, position);
    }

    @Override
    public String toString() {
        return "KeyResult[" + id + ", " + metric.type() + ", " + goal + "]";
    }
}
