package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ObjectiveScorerTest {

    private static KeyResultScore scored(double score) {
        return new KeyResultScore(
                OptionalDouble.of(score),
                OptionalDouble.of(score),
                OptionalDouble.of(score),
                0.5,
                Status.of(score, 0.5),
                OptionalDouble.empty(),
                false,
                Grade.of(score, false));
    }

    private static final KeyResultScore NO_DATA =
            new KeyResultScore(
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    0.5,
                    Status.NO_DATA,
                    OptionalDouble.empty(),
                    false,
                    null);

    private static ObjectiveScorer.Weighted kr(KeyResultScore score, double weight) {
        return new ObjectiveScorer.Weighted(score, weight);
    }

    @Test
    void weighsKeyResultsByTheirWeights() {
        ObjectiveScore objective =
                ObjectiveScorer.score(
                        List.of(kr(scored(1.0), 3), kr(scored(0.2), 1)), List.of(), false);
        assertThat(objective.score().getAsDouble()).isCloseTo((3 * 1.0 + 0.2) / 4, within(1e-12));
        assertThat(objective.krs()).isEqualTo(2);
        assertThat(objective.krsWithValue()).isEqualTo(2);
        assertThat(objective.green()).isEqualTo(1);
        assertThat(objective.red()).isEqualTo(1);
        assertThat(objective.grade()).isEqualTo(Grade.GREEN);
    }

    @Test
    void leavesKeyResultsWithoutAValueOut() {
        ObjectiveScore objective =
                ObjectiveScorer.score(
                        List.of(kr(scored(0.5), 1), kr(NO_DATA, 1), kr(NO_DATA, 5)),
                        List.of(),
                        false);
        assertThat(objective.score().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(objective.krs()).isEqualTo(3);
        assertThat(objective.krsWithValue()).isEqualTo(1);
        assertThat(objective.yellow()).isEqualTo(1);
    }

    @Test
    void anObjectiveWithOnlyNoValueKeyResultsHasNoScore() {
        ObjectiveScore objective =
                ObjectiveScorer.score(List.of(kr(NO_DATA, 1), kr(NO_DATA, 1)), List.of(), false);
        assertThat(objective.score()).isEmpty();
        assertThat(objective.grade()).isNull();
        assertThat(objective.krsWithValue()).isZero();
    }

    @Test
    void aParentWithOnlyChildrenIsTheMeanOfItsChildren() {
        ObjectiveScore parent =
                ObjectiveScorer.score(
                        List.of(),
                        List.of(
                                OptionalDouble.of(0.8),
                                OptionalDouble.of(0.4),
                                OptionalDouble.empty()),
                        false);
        assertThat(parent.score().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(parent.krs()).isZero();
    }

    @Test
    void aParentCountsEachOwnKeyResultAndEachChildOnce() {
        ObjectiveScore parent =
                ObjectiveScorer.score(
                        List.of(kr(scored(1.0), 4)),
                        List.of(OptionalDouble.of(0.5), OptionalDouble.of(0.0)),
                        false);
        assertThat(parent.score().getAsDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aCommittedObjectiveIsGreenOnlyAtOne() {
        ObjectiveScore objective =
                ObjectiveScorer.score(List.of(kr(scored(0.9), 1)), List.of(), true);
        assertThat(objective.grade()).isEqualTo(Grade.RED);
    }
}
