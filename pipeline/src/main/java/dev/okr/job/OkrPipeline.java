package dev.okr.job;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.metric.MetricEngine;
import dev.okr.metric.MetricPlan;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The topology from valid events to InfluxDB points, and nothing else: the caller brings the events
 * (Kafka ingestion in production, a test source in tests) and takes the points (the InfluxDB sink,
 * or a test sink), so that tests run the production topology.
 *
 * <p>events → metric engine (readings, window values) → {@code score-key-results} (keyed by key
 * result) → {@code roll-up} (objectives and final grades) → points of SPEC §6.
 */
public final class OkrPipeline {

    /** Default resolution of evaluation instants: points are stamped to the minute. */
    public static final Duration RESOLUTION = Duration.ofMinutes(1);

    /**
     * How often a live run reads each key result between its fixed instants, unless the run says
     * otherwise ({@code --live-interval}): 10 s. It bounds how fresh a live reading is.
     */
    public static final Duration LIVE_INTERVAL = Duration.ofSeconds(10);

    private final MetricPlan plan;
    private final Duration lateness;
    private final Duration liveInterval;
    private final OutputPoints points;

    public OkrPipeline(MetricPlan plan, Duration lateness) {
        this(plan, lateness, LIVE_INTERVAL);
    }

    /**
     * @param liveInterval in a live run, how often each key result is read between its fixed
     *     instants (wall clock); must be positive
     */
    public OkrPipeline(MetricPlan plan, Duration lateness, Duration liveInterval) {
        if (liveInterval.isNegative() || liveInterval.isZero()) {
            throw new IllegalArgumentException(
                    "the live interval must be positive, not " + liveInterval);
        }
        this.plan = plan;
        this.lateness = lateness;
        this.liveInterval = liveInterval;
        this.points = new OutputPoints(plan, RESOLUTION.toMillis());
    }

    public MetricPlan plan() {
        return plan;
    }

    /** Adds the topology to the events' job and returns every point it writes. */
    public DataStream<InfluxPoint> points(DataStream<SegmentEvent> events) {
        TypeInformation<InfluxPoint> pointType = TypeInformation.of(InfluxPoint.class);
        MetricEngine.Streams metrics = MetricEngine.attach(events, plan, lateness, liveInterval);
        DataStream<ScoredKeyResult> scored =
                metrics.readings()
                        .keyBy(r -> r.keyResult, Types.INT)
                        .process(
                                new ScoringFunction(plan),
                                TypeInformation.of(ScoredKeyResult.class))
                        .name("score-key-results")
                        .uid("score-key-results");
        OutputPoints out = points;
        DataStream<InfluxPoint> keyResultPoints =
                scored.flatMap(
                                (ScoredKeyResult s,
                                        org.apache.flink.util.Collector<InfluxPoint> c) ->
                                        out.keyResult(s).forEach(c::collect),
                                pointType)
                        .name("key-result-points")
                        .uid("key-result-points");
        DataStream<InfluxPoint> objectivePoints =
                scored.keyBy(s -> 0, Types.INT)
                        .process(new RollUpFunction(plan, points, lateness), pointType)
                        .name("roll-up")
                        .uid("roll-up");
        DataStream<InfluxPoint> windowPoints =
                metrics.windows()
                        .map(out::window, pointType)
                        .name("metric-window-points")
                        .uid("metric-window-points");
        return keyResultPoints.union(objectivePoints, windowPoints);
    }
}
