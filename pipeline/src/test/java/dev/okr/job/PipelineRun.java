package dev.okr.job;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.internal.SegmentEventTypeInfoFactory;
import dev.okr.job.ingest.IngestionOptions;
import dev.okr.metric.MetricPlan;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the production topology after ingestion ({@link OkrPipeline}) on a MiniCluster over
 * in-memory events, as a bounded run as of an instant, and collects the points it writes.
 */
final class PipelineRun {

    private PipelineRun() {}

    static OkrSet okrs(String yaml) {
        try {
            return OkrFileLoader.loadText("okrs.yaml", yaml);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<InfluxPoint> run(
            String yaml, List<SegmentEvent> events, Instant asOf, int parallelism)
            throws Exception {
        MetricPlan plan = MetricPlan.compile(okrs(yaml), Optional.of(asOf));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        List<SegmentEvent> sorted =
                events.stream()
                        .filter(e -> e.timestampMillis() <= asOf.toEpochMilli())
                        .sorted(Comparator.comparingLong(SegmentEvent::timestampMillis))
                        .toList();
        DataStream<SegmentEvent> stream =
                env.fromData(sorted, SegmentEventTypeInfoFactory.TYPE)
                        .assignTimestampsAndWatermarks(
                                WatermarkStrategy.<SegmentEvent>forMonotonousTimestamps()
                                        .withTimestampAssigner((e, t) -> e.timestampMillis()));
        try (var points =
                new OkrPipeline(plan, IngestionOptions.ALLOWED_LATENESS)
                        .points(stream)
                        .executeAndCollect("pipeline-run")) {
            List<InfluxPoint> all = new java.util.ArrayList<>();
            points.forEachRemaining(all::add);
            return all;
        }
    }
}
