package dev.okr.okrfile.internal;

import dev.okr.okrfile.Baseline;
import dev.okr.okrfile.Comparison;
import dev.okr.okrfile.Direction;
import dev.okr.okrfile.Goal;
import dev.okr.okrfile.Target;
import dev.okr.okrfile.internal.YamlNode.Entry;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads what a key result asks of its metric: baseline and target (absolute, relative or against
 * {@code auto}) with an optional matching {@code direction}, or {@code direction: maintain} with
 * threshold and comparison (SPEC §2 and §5).
 */
final class GoalBinder {

    private static final List<String> DIRECTIONS = List.of("increase", "decrease", "maintain");
    private static final List<String> COMPARISONS = List.of("at_least", "at_most");

    private final Section kr;

    GoalBinder(Section kr) {
        this.kr = kr;
    }

    /** The goal, or null after reporting what is wrong. */
    Goal goal() {
        String direction = kr.choice("direction", DIRECTIONS);
        if ("maintain".equals(direction)) {
            return maintain();
        }
        for (String key : List.of("threshold", "comparison")) {
            kr.entry(key)
                    .ifPresent(
                            e ->
                                    kr.errorAtKey(
                                            e,
                                            "has a "
                                                    + key
                                                    + " but no direction: maintain; add"
                                                    + " direction: maintain, or remove "
                                                    + key));
        }
        return move(direction);
    }

    private Goal maintain() {
        for (String key : List.of("baseline", "target")) {
            kr.entry(key)
                    .ifPresent(
                            e ->
                                    kr.errorAtKey(
                                            e,
                                            "has direction: maintain and a "
                                                    + key
                                                    + "; a maintain key result has a threshold"
                                                    + " instead, so remove "
                                                    + key));
        }
        if (!kr.has("threshold")) {
            kr.missing(
                    "threshold",
                    "a maintain key result keeps its metric at or above a threshold, e.g."
                            + " threshold: 0.999");
            return null;
        }
        Double threshold = kr.number("threshold", "0.999");
        String comparison =
                kr.has("comparison") ? kr.choice("comparison", COMPARISONS) : "at_least";
        if (threshold == null || comparison == null || kr.has("baseline") || kr.has("target")) {
            return null;
        }
        return new Goal.Maintain(
                threshold, comparison.equals("at_most") ? Comparison.AT_MOST : Comparison.AT_LEAST);
    }

    private Goal move(String direction) {
        Baseline baseline = baseline();
        Target target = target();
        if (baseline == null || target == null) {
            return null;
        }
        Goal.Move move = new Goal.Move(baseline, target);
        Optional<Direction> actual = move.direction();
        Entry targetEntry = kr.entry("target").orElseThrow();
        if (baseline instanceof Baseline.Fixed fixed && actual.isEmpty()) {
            kr.error(
                    targetEntry.value(),
                    "has target equal to baseline ("
                            + Scalars.format(fixed.value())
                            + "); a key result must move a number");
            return null;
        }
        if (direction != null
                && actual.isPresent()
                && !actual.get().name().equalsIgnoreCase(direction)) {
            kr.error(
                    kr.entry("direction").orElseThrow().value(),
                    "has direction: "
                            + direction
                            + " but its target "
                            + (actual.get() == Direction.INCREASE ? "raises" : "lowers")
                            + " the baseline; fix the numbers, or drop direction (it follows"
                            + " from baseline and target)");
            return null;
        }
        return move;
    }

    private Baseline baseline() {
        Optional<Entry> entry = kr.entry("baseline");
        if (entry.isEmpty()) {
            kr.missing(
                    "baseline",
                    "write the metric's value at the start, or baseline: auto to take the"
                            + " metric's reading when the period starts");
            return null;
        }
        String text = kr.text(entry.get(), entry.get().value());
        if (text == null) {
            return null;
        }
        if (text.equals("auto")) {
            return Baseline.auto();
        }
        OptionalDouble n = Scalars.number(text);
        if (n.isEmpty()) {
            kr.error(
                    entry.get().value(),
                    "has baseline \""
                            + text
                            + "\", which is not a number; write it in digits (a share as a"
                            + " decimal, e.g. 0.15), or auto for the metric's reading when the"
                            + " period starts");
            return null;
        }
        return Baseline.of(n.getAsDouble());
    }

    private Target target() {
        Optional<Entry> entry = kr.entry("target");
        if (entry.isEmpty()) {
            kr.missing(
                    "target",
                    "write the number to reach, or a change relative to the baseline such as"
                            + " \"+10%\"");
            return null;
        }
        YamlNode at = entry.get().value();
        String text = kr.text(entry.get(), at);
        if (text == null) {
            return null;
        }
        OptionalDouble relative = Scalars.relativePercent(text);
        if (relative.isPresent()) {
            return relative(at, relative.getAsDouble());
        }
        OptionalDouble n = Scalars.number(text);
        if (n.isPresent()) {
            return Target.of(n.getAsDouble());
        }
        if (Scalars.looksLikePercent(text)) {
            kr.error(
                    at,
                    "has target \""
                            + text
                            + "\"; write a change relative to the baseline with its sign, e.g."
                            + " \"+10%\" or \"-50%\", or a share as a decimal, e.g. 0.25");
        } else {
            kr.notANumber(at, "target", text, "10000");
        }
        return null;
    }

    private Target relative(YamlNode at, double percent) {
        if (percent == 0) {
            kr.error(at, "has a relative target of 0%; a key result must move a number");
            return null;
        }
        if (percent < -100) {
            kr.error(
                    at,
                    "has a relative target of "
                            + Scalars.format(percent)
                            + "%, below zero for any positive baseline; a decrease is at most"
                            + " \"-100%\"");
            return null;
        }
        return Target.relative(percent);
    }
}
