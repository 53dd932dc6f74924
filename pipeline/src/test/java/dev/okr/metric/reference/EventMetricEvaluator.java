package dev.okr.metric.reference;

import dev.okr.okrfile.metric.ActiveUsersMetric;
import dev.okr.okrfile.metric.AverageMetric;
import dev.okr.okrfile.metric.CountMetric;
import dev.okr.okrfile.metric.EventMetric;
import dev.okr.okrfile.metric.MaxMetric;
import dev.okr.okrfile.metric.MinMetric;
import dev.okr.okrfile.metric.NpsMetric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.SumMetric;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

/**
 * The single-stream metrics of SPEC §4 over the events of one span: active users, count, sum,
 * average, min, max, percentile and NPS. No matching data is no value, never zero.
 */
final class EventMetricEvaluator {

    private EventMetricEvaluator() {}

    /** The metric's value over these events, all of which lie in the span read. */
    static OptionalDouble value(EventMetric metric, List<AcceptedEvent> eventsInSpan) {
        List<AcceptedEvent> matching =
                eventsInSpan.stream()
                        .filter(AcceptedEvent::isActivity)
                        .filter(e -> metric.filter().matches(e.trackEvent(), e))
                        .toList();
        if (metric instanceof ActiveUsersMetric) {
            return matching.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(
                            matching.stream().map(AcceptedEvent::identity).distinct().count());
        }
        if (metric instanceof CountMetric) {
            return matching.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(matching.size());
        }
        if (metric instanceof SumMetric m) {
            List<Double> values = numbers(matching, m.property());
            return values.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(values.stream().mapToDouble(Double::doubleValue).sum());
        }
        if (metric instanceof AverageMetric m) {
            return stream(numbers(matching, m.property())).average();
        }
        if (metric instanceof MinMetric m) {
            return stream(numbers(matching, m.property())).min();
        }
        if (metric instanceof MaxMetric m) {
            return stream(numbers(matching, m.property())).max();
        }
        if (metric instanceof PercentileMetric m) {
            return NearestRank.of(numbers(matching, m.property()), m.p());
        }
        NpsMetric nps = (NpsMetric) metric;
        return nps(numbers(matching, nps.property()));
    }

    private static DoubleStream stream(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue);
    }

    /** The numeric values of a property over the events that have one. */
    private static List<Double> numbers(List<AcceptedEvent> events, String property) {
        return events.stream().map(e -> e.number(property)).filter(Objects::nonNull).toList();
    }

    /**
     * 100 x (promoters - detractors) / responses. Choice: a response is a number with an integral
     * value from 0 to 10 ({@code 9} and {@code 9.0} alike, as conditions compare numbers by value);
     * {@code 9.5}, {@code 11} and the text {@code "9"} are ignored.
     */
    private static OptionalDouble nps(List<Double> values) {
        List<Double> responses =
                values.stream().filter(v -> v == Math.rint(v) && v >= 0 && v <= 10).toList();
        if (responses.isEmpty()) {
            return OptionalDouble.empty();
        }
        long promoters = responses.stream().filter(v -> v >= 9).count();
        long detractors = responses.stream().filter(v -> v <= 6).count();
        return OptionalDouble.of(100.0 * (promoters - detractors) / responses.size());
    }
}
