package dev.okr.okrfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoalTest {

    @Test
    void aRelativeTargetIsAChangeOfTheBaseline() {
        assertThat(Target.relative(10).resolve(0.80))
                .isCloseTo(0.88, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Target.relative(-50).resolve(400)).isEqualTo(200);
        assertThat(Target.relative(10).resolve(-20))
                .as("+10% raises a negative NPS too")
                .isEqualTo(-18);
        assertThat(Target.relative(10)).hasToString("+10%");
        assertThat(Target.relative(-50)).hasToString("-50%");
    }

    @Test
    void theDirectionFollowsFromBaselineAndTarget() {
        assertThat(new Goal.Move(Baseline.of(0.15), Target.of(0.25)).direction())
                .contains(Direction.INCREASE);
        assertThat(new Goal.Move(Baseline.of(10), Target.of(4)).direction())
                .contains(Direction.DECREASE);
        assertThat(new Goal.Move(Baseline.auto(), Target.relative(-50)).direction())
                .as("a relative target's sign is its direction, whatever auto reads")
                .contains(Direction.DECREASE);
        assertThat(new Goal.Move(Baseline.auto(), Target.of(10000)).direction())
                .as("auto against an absolute target waits for the reading")
                .isEmpty();
    }

    @Test
    void anAutoBaselineResolvesOnceItsReadingIsKnown() {
        Goal.Move move = new Goal.Move(Baseline.auto(), Target.of(10000));
        assertThat(move.targetFor(6200)).isEqualTo(10000);
        assertThat(move.direction(6200)).contains(Direction.INCREASE);
        assertThat(move.direction(12000)).contains(Direction.DECREASE);
        assertThat(move.direction(10000))
                .as("no movement, no direction")
                .isEqualTo(Optional.empty());
    }

    @Test
    void aMaintainGoalComparesWithItsThreshold() {
        Goal.Maintain uptime = new Goal.Maintain(0.999, Comparison.AT_LEAST);
        assertThat(uptime.isMet(0.999)).isTrue();
        assertThat(uptime.isMet(0.998)).isFalse();
        Goal.Maintain errors = new Goal.Maintain(0.01, Comparison.AT_MOST);
        assertThat(errors.isMet(0.01)).isTrue();
        assertThat(errors.isMet(0.02)).isFalse();
    }
}
