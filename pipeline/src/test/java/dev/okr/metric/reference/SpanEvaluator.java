package dev.okr.metric.reference;

import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.ActiveUsersMetric;
import dev.okr.okrfile.metric.CountMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.EventMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.SumMetric;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The value of a windowed metric (an event metric, a duration or a ratio of them) over one span of
 * time, from the events known at the reading instant.
 */
final class SpanEvaluator {

    private SpanEvaluator() {}

    /**
     * The metric's value over {@code span}.
     *
     * @param known the accepted events before the reading instant
     */
    static OptionalDouble value(Metric metric, List<AcceptedEvent> known, Span span) {
        if (metric instanceof EventMetric event) {
            List<AcceptedEvent> inSpan =
                    known.stream().filter(e -> span.contains(e.time())).toList();
            return EventMetricEvaluator.value(event, inSpan);
        }
        if (metric instanceof DurationMetric duration) {
            return DurationEvaluator.value(duration, known, span);
        }
        if (metric instanceof RatioMetric ratio) {
            return ratio(ratio, known, span);
        }
        throw new IllegalArgumentException(metric.type() + " has no windows");
    }

    /**
     * numerator / denominator; no value when the denominator is 0 or either part has none. Choice:
     * inside a ratio, a count, an active-user count or a sum over no data is 0 (no errors out of
     * 100 requests is an error rate of 0, not no data); the no-data rule applies to the ratio
     * itself, which has no value when its denominator is 0.
     */
    private static OptionalDouble ratio(RatioMetric ratio, List<AcceptedEvent> known, Span span) {
        OptionalDouble numerator = part(ratio.numerator(), known, span);
        OptionalDouble denominator = part(ratio.denominator(), known, span);
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numerator.getAsDouble() / denominator.getAsDouble());
    }

    private static OptionalDouble part(Metric part, List<AcceptedEvent> known, Span span) {
        OptionalDouble value = value(part, known, span);
        boolean zeroWhenEmpty =
                part instanceof CountMetric
                        || part instanceof ActiveUsersMetric
                        || part instanceof SumMetric;
        return value.isEmpty() && zeroWhenEmpty ? OptionalDouble.of(0) : value;
    }
}
