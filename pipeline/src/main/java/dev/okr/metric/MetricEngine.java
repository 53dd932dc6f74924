package dev.okr.metric;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.metric.internal.BufferedStringSerializer;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Adds the metric engine to a job: from valid, deduplicated, timestamped events to every key
 * result's readings and its metric's window values. See docs/metric-engine.md for the design.
 *
 * <p>Operators (stable names and uids): {@code match-metrics} (chained to the events, no shuffle),
 * {@code per-key-metrics} (keyed by identity or duration key), {@code key-result-metrics} (keyed by
 * key result). Readings are taken at fixed event-time instants and taken again when a late event
 * (within {@code lateness}) changes them, so the same run writes the same points.
 */
public final class MetricEngine {

    private MetricEngine() {}

    /** The engine's outputs. */
    public record Streams(DataStream<Reading> readings, DataStream<WindowValue> windows) {}

    /**
     * @param lateness how far behind the watermark an event may still change readings
     * @param liveInterval in a live run, how often each key result is also read at the watermark,
     *     between its fixed instants
     */
    public static Streams attach(
            DataStream<SegmentEvent> events,
            MetricPlan plan,
            Duration lateness,
            Duration liveInterval) {
        SingleOutputStreamOperator<Contribution> matched =
                events.process(new MatchFunction(plan), TypeInformation.of(Contribution.class))
                        .name("match-metrics")
                        .uid("match-metrics");
        DataStream<Contribution> perKey =
                matched.getSideOutput(MatchFunction.SIGNALS)
                        // Keys in Flink's String format, written to checkpoints in one call each.
                        .keyBy(s -> s.key, BufferedStringSerializer.KEYS)
                        .process(
                                new PerKeyFunction(plan, lateness),
                                TypeInformation.of(Contribution.class))
                        .name("per-key-metrics")
                        .uid("per-key-metrics");
        SingleOutputStreamOperator<Reading> readings =
                matched.union(perKey)
                        .keyBy(c -> c.keyResult, Types.INT)
                        .process(
                                new KeyResultFunction(plan, lateness, liveInterval),
                                TypeInformation.of(Reading.class))
                        .name("key-result-metrics")
                        .uid("key-result-metrics");
        return new Streams(readings, readings.getSideOutput(KeyResultFunction.WINDOWS));
    }
}
