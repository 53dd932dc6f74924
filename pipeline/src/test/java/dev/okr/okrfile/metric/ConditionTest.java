package dev.okr.okrfile.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.okrfile.metric.Condition.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    /** An event's properties as the engine might hold them: nested maps, dotted lookup. */
    private static PropertyLookup event(Map<String, Object> properties) {
        return path -> {
            Object current = properties;
            for (String name : PropertyPath.segments(path)) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(name);
            }
            return current instanceof Map ? null : current;
        };
    }

    private static final PropertyLookup ORDER =
            event(
                    Map.of(
                            "revenue",
                            12.5,
                            "quantity",
                            3,
                            "plan",
                            "pro",
                            "trial",
                            false,
                            "code",
                            "3",
                            "context",
                            Map.of("device", Map.of("type", "mobile"))));

    @Test
    void equalityComparesNumbersByValue() {
        assertThat(new Condition.Equals("quantity", 3.0).test(ORDER))
                .as("the integer 3 in the event equals 3.0 in the file")
                .isTrue();
        assertThat(new Condition.Equals("quantity", 3).test(ORDER)).isTrue();
        assertThat(new Condition.Equals("revenue", 12.5).test(ORDER)).isTrue();
        assertThat(new Condition.Equals("quantity", 4).test(ORDER)).isFalse();
    }

    @Test
    void aStringNeverEqualsANumber() {
        assertThat(new Condition.Equals("quantity", "3").test(ORDER))
                .as("the number 3 is not the text \"3\"")
                .isFalse();
        assertThat(new Condition.Equals("code", 3).test(ORDER))
                .as("the text \"3\" is not the number 3")
                .isFalse();
        assertThat(new Condition.Equals("code", "3").test(ORDER)).isTrue();
    }

    @Test
    void booleansEqualBooleansOnly() {
        assertThat(new Condition.Equals("trial", false).test(ORDER)).isTrue();
        assertThat(new Condition.Equals("trial", "false").test(ORDER)).isFalse();
    }

    @Test
    void nestedPathsReachIntoObjects() {
        assertThat(new Condition.Equals("context.device.type", "mobile").test(ORDER)).isTrue();
        assertThat(new Condition.Exists("context.device", true).test(ORDER))
                .as("an object is no scalar value")
                .isFalse();
        assertThat(new Condition.Equals("context.device.type.name", "mobile").test(ORDER))
                .isFalse();
    }

    @Test
    void aMissingPropertyMatchesOnlyExistsFalse() {
        assertThat(new Condition.Equals("coupon", "x").test(ORDER)).isFalse();
        assertThat(new Condition.NotEquals("coupon", "x").test(ORDER))
                .as("an event without the property does not pass ne")
                .isFalse();
        assertThat(new Condition.Compare("coupon", Comparator.GT, 0).test(ORDER)).isFalse();
        assertThat(new Condition.In("coupon", List.of("x")).test(ORDER)).isFalse();
        assertThat(new Condition.Exists("coupon", true).test(ORDER)).isFalse();
        assertThat(new Condition.Exists("coupon", false).test(ORDER)).isTrue();
        assertThat(new Condition.Exists("plan", true).test(ORDER)).isTrue();
    }

    @Test
    void comparisonsHoldOnNumbersOnly() {
        assertThat(new Condition.Compare("revenue", Comparator.GT, 12).test(ORDER)).isTrue();
        assertThat(new Condition.Compare("revenue", Comparator.GT, 12.5).test(ORDER)).isFalse();
        assertThat(new Condition.Compare("revenue", Comparator.GTE, 12.5).test(ORDER)).isTrue();
        assertThat(new Condition.Compare("quantity", Comparator.LT, 3).test(ORDER)).isFalse();
        assertThat(new Condition.Compare("quantity", Comparator.LTE, 3).test(ORDER)).isTrue();
        assertThat(new Condition.Compare("code", Comparator.GTE, 0).test(ORDER))
                .as("the text \"3\" is not compared as a number")
                .isFalse();
    }

    @Test
    void inMatchesAnyOfItsValuesWithTheSameEquality() {
        assertThat(new Condition.In("plan", List.of("team", "pro")).test(ORDER)).isTrue();
        assertThat(new Condition.In("quantity", List.of(1, 3.0)).test(ORDER)).isTrue();
        assertThat(new Condition.In("quantity", List.of("3")).test(ORDER)).isFalse();
    }

    @Test
    void notEqualsNeedsTheValueAndADifference() {
        assertThat(new Condition.NotEquals("plan", "free").test(ORDER)).isTrue();
        assertThat(new Condition.NotEquals("plan", "pro").test(ORDER)).isFalse();
    }

    @Test
    void aFilterMatchesNamedTrackEventsAndAllItsConditions() {
        EventFilter proOrders =
                EventFilter.events("Order Completed")
                        .where(List.of(new Condition.Equals("plan", "pro")));
        assertThat(proOrders.matches("Order Completed", ORDER)).isTrue();
        assertThat(proOrders.matches("Signed Up", ORDER)).isFalse();
        assertThat(proOrders.matches(null, ORDER)).as("a page call is no track event").isFalse();
        assertThat(EventFilter.anyActivity().matches(null, ORDER)).isTrue();
    }

    @Test
    void aConditionValueIsAScalar() {
        assertThatThrownBy(() -> new Condition.Equals("plan", List.of("pro")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a number, a string or a boolean");
        assertThatThrownBy(() -> new Condition.Equals("a..b", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a dotted property path");
    }
}
