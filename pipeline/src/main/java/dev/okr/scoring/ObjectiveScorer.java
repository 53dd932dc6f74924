package dev.okr.scoring;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Rolls key result scores up into objectives, and objectives into their parents. Key results and
 * child objectives without a value are left out, and their count is written beside the score, so a
 * board shows "2 of 4 key results measured" instead of a misleading zero.
 */
public final class ObjectiveScorer {

    private ObjectiveScorer() {}

    /** A key result's contribution: its score (absent without a value) and its weight. */
    public record Weighted(KeyResultScore score, double weight) {}

    /**
     * The score of an objective from its own key results and the scores of its child objectives.
     * Without children it is the mean of its key results' scores weighted by their weights. With
     * children (a parent objective) it is the plain mean of its own key results' scores and its
     * children's scores, each counting once.
     */
    public static ObjectiveScore score(
            List<Weighted> keyResults, List<OptionalDouble> children, boolean committed) {
        int green = 0;
        int yellow = 0;
        int red = 0;
        int withValue = 0;
        double weights = 0;
        double plainSum = 0;
        int items = 0;
        for (Weighted kr : keyResults) {
            if (kr.score().hasValue()) {
                weights += kr.weight();
            }
        }
        double weightedMean = 0;
        for (Weighted kr : keyResults) {
            if (!kr.score().hasValue()) {
                continue;
            }
            double s = kr.score().score().getAsDouble();
            withValue++;
            // Each weight as a share of the total first, so one key result alone keeps its score.
            weightedMean += kr.weight() / weights * s;
            plainSum += s;
            items++;
            switch (kr.score().grade()) {
                case GREEN -> green++;
                case YELLOW -> yellow++;
                case RED -> red++;
            }
        }
        for (OptionalDouble child : children) {
            if (child.isPresent()) {
                plainSum += child.getAsDouble();
                items++;
            }
        }
        OptionalDouble score;
        if (children.isEmpty()) {
            score = weights > 0 ? OptionalDouble.of(weightedMean) : OptionalDouble.empty();
        } else {
            score = items > 0 ? OptionalDouble.of(plainSum / items) : OptionalDouble.empty();
        }
        Grade grade = score.isPresent() ? Grade.of(score.getAsDouble(), committed) : null;
        return new ObjectiveScore(score, keyResults.size(), withValue, green, yellow, red, grade);
    }
}
