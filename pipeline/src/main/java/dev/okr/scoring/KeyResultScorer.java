package dev.okr.scoring;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores a key result at an instant from its reading: a pure function of its inputs, with no Flink
 * in it, so every rule is tested on its own (docs/scoring.md explains each one).
 */
public final class KeyResultScorer {

    /** Below this expected score, reaching 1 is suspiciously early: the target was too easy. */
    public static final double SANDBAGGING_BEFORE = 0.3;

    private KeyResultScorer() {}

    /** The time span a key result is scored over, and whether it is committed. */
    public record Span(Instant start, Instant end, boolean committed) {}

    /**
     * Scores an increase or decrease key result.
     *
     * @param value the reading at {@code at}, absent without data
     * @param dailyScores earlier daily score readings, oldest first, for the forecast
     * @param wasSandbagging whether an earlier evaluation already flagged sandbagging
     */
    public static KeyResultScore towardsTarget(
            OptionalDouble value,
            double baseline,
            double target,
            Span span,
            Instant at,
            List<Forecast.Reading> dailyScores,
            boolean wasSandbagging) {
        double expected = Pace.expected(span.start(), span.end(), at);
        if (value.isEmpty()) {
            return noData(expected, wasSandbagging);
        }
        double progress = Progress.of(value.getAsDouble(), baseline, target);
        double score = progress;
        return new KeyResultScore(
                value,
                OptionalDouble.of(progress),
                OptionalDouble.of(score),
                expected,
                Status.of(score, expected),
                Forecast.of(dailyScores, span.end()),
                wasSandbagging || isSandbagging(score, expected),
                Grade.of(score, span.committed()));
    }

    /**
     * Scores a maintain key result by time in band: the share of its complete windows since the key
     * result's start whose value met the threshold (windows without a value do not count).
     *
     * @param latest the latest reading, absent without data
     * @param latestMeets whether the latest reading meets the threshold
     * @param windowsMet complete windows that met the threshold
     * @param windowsWithValue complete windows that had a value
     */
    public static KeyResultScore maintain(
            OptionalDouble latest,
            boolean latestMeets,
            long windowsMet,
            long windowsWithValue,
            Span span,
            Instant at,
            List<Forecast.Reading> dailyScores,
            boolean wasSandbagging) {
        double expected = Pace.expected(span.start(), span.end(), at);
        if (latest.isEmpty() || windowsWithValue == 0) {
            // No complete window yet: time in band is undefined, and SPEC §6 writes a no_data
            // key result without a value.
            return noData(expected, wasSandbagging);
        }
        double score = (double) windowsMet / windowsWithValue;
        return new KeyResultScore(
                latest,
                OptionalDouble.empty(),
                OptionalDouble.of(score),
                expected,
                latestMeets ? Status.ON_TRACK : Status.OFF_TRACK,
                Forecast.of(dailyScores, span.end()),
                wasSandbagging,
                Grade.of(score, span.committed()));
    }

    static boolean isSandbagging(double score, double expected) {
        return score >= 1.0 && expected < SANDBAGGING_BEFORE;
    }

    private static KeyResultScore noData(double expected, boolean wasSandbagging) {
        return new KeyResultScore(
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                expected,
                Status.NO_DATA,
                OptionalDouble.empty(),
                wasSandbagging,
                null);
    }
}
