package dev.okr.scoring;

import java.util.OptionalDouble;

/**
 * The score of one key result at one instant, as written to the {@code okr_kr} measurement. A key
 * result without a value has status {@code no_data} and neither value, progress, score nor grade.
 *
 * @param value the metric's reading, absent without data
 * @param progress how far from baseline to target, in [0, 1]; absent for maintain key results and
 *     without data
 * @param score in [0, 1]; absent without data
 * @param expected the elapsed fraction of the key result's span, in [0, 1]
 * @param status where the key result stands against its pace
 * @param forecast the score it will reach by the end of its span, when known
 * @param sandbagging whether the score reached 1 while {@code expected} was still below 0.3
 * @param grade the colour of the score; null without data
 */
public record KeyResultScore(
        OptionalDouble value,
        OptionalDouble progress,
        OptionalDouble score,
        double expected,
        Status status,
        OptionalDouble forecast,
        boolean sandbagging,
        Grade grade) {

    /** Whether this key result has a value, and so counts in its objective's score. */
    public boolean hasValue() {
        return score.isPresent();
    }
}
