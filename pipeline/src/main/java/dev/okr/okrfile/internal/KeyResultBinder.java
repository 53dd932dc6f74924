package dev.okr.okrfile.internal;

import dev.okr.okrfile.Goal;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Period;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one key result: its metric, its goal and the keys around them (SPEC §2 and §5). */
final class KeyResultBinder {

    static final List<String> KEYS =
            List.of(
                    "id",
                    "title",
                    "metric",
                    "baseline",
                    "target",
                    "direction",
                    "threshold",
                    "comparison",
                    "unit",
                    "weight",
                    "deadline",
                    "commitment");

    private final String id;
    private KeyResult keyResult;

    KeyResultBinder(Section kr, Period period) {
        kr.rejectUnknownKeys(KEYS, "key", "a key result");
        id = ObjectiveBinder.id(kr, "key result", "d7-retention");
        String title = kr.requiredText("title", "say what the key result measures");
        Metric metric = metric(kr);
        Goal goal = new GoalBinder(kr).goal();
        String unit = kr.text("unit");
        Double weight = weight(kr);
        LocalDate deadline = deadline(kr, period);
        String commitment = kr.choice("commitment", List.of("aspirational", "committed"));
        if (id != null && title != null && metric != null && goal != null && weight != null) {
            if (unit == null && metric instanceof DurationMetric d) {
                unit = d.unit().name().toLowerCase(Locale.ROOT);
            }
            keyResult =
                    new KeyResult(
                            id,
                            title,
                            metric,
                            goal,
                            unit,
                            weight,
                            deadline,
                            ObjectiveBinder.commitment(commitment),
                            kr.problems().at(kr.mapping()));
        }
    }

    /** The id when it was valid, else null. */
    String id() {
        return id;
    }

    /** The bound key result; empty when any of its keys was wrong. */
    Optional<KeyResult> keyResult() {
        return Optional.ofNullable(keyResult);
    }

    private static Metric metric(Section kr) {
        if (!kr.has("metric")) {
            kr.missing(
                    "metric",
                    "a key result is a measurable outcome, not a task: give it a metric, e.g."
                            + " metric: {type: count, events: [Signed Up]} (see"
                            + " docs/okr-file.md)");
            return null;
        }
        return MetricBinder.metric(kr, kr.entry("metric").orElseThrow(), "metric", null);
    }

    private static Double weight(Section kr) {
        if (!kr.has("weight")) {
            return 1.0;
        }
        Double weight = kr.number("weight", "2");
        if (weight != null && weight <= 0) {
            kr.error(
                    kr.entry("weight").orElseThrow().value(),
                    "has weight "
                            + Scalars.format(weight)
                            + "; a weight is above 0 (default 1): to leave a key result out,"
                            + " remove it");
            return null;
        }
        return weight;
    }

    private static LocalDate deadline(Section kr, Period period) {
        LocalDate deadline = kr.date("deadline");
        if (deadline != null && period != null && !period.contains(deadline)) {
            kr.error(
                    kr.entry("deadline").orElseThrow().value(),
                    "has deadline "
                            + deadline
                            + " outside the period "
                            + period.name()
                            + " ("
                            + period.start()
                            + " to "
                            + period.end()
                            + "); a deadline ends a key result early, so it falls inside the"
                            + " period");
        }
        return deadline;
    }
}
