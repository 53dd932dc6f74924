package dev.okr.scoring;

import java.util.OptionalDouble;

/**
 * The score of one objective at one instant, as written to {@code okr_objective}.
 *
 * @param score the weighted mean of its key results' scores (for a parent: the mean of its own key
 *     results and its child objectives, each counting once); absent when nothing has a value
 * @param krs how many key results the objective has
 * @param krsWithValue how many of them have a value and so count in the score
 * @param green key results with a value graded green
 * @param yellow key results with a value graded yellow
 * @param red key results with a value graded red
 * @param grade the colour of the score; null without a score
 */
public record ObjectiveScore(
        OptionalDouble score,
        int krs,
        int krsWithValue,
        int green,
        int yellow,
        int red,
        Grade grade) {}
