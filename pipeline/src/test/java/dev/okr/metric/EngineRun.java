package dev.okr.metric;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.SegmentRecord;
import dev.okr.job.ingest.EventIngestion;
import dev.okr.job.ingest.IngestedEvents;
import dev.okr.job.ingest.IngestionOptions;
import dev.okr.metric.reference.KrReading;
import dev.okr.metric.reference.ReadingSet;
import dev.okr.metric.reference.TimedRecord;
import dev.okr.metric.reference.WindowReading;
import dev.okr.okrfile.OkrSet;
import dev.okr.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs the production ingestion and metric engine as a bounded run over records produced to a real
 * single-partition Kafka topic, and gathers what the engine reads in the reference's terms: the
 * last reading written for each key result and instant, the last value for each window.
 */
final class EngineRun {

    /** What a run read, and which records went to the dead letters, with their reasons. */
    record Result(ReadingSet readings, List<String> deadLetterReasons) {}

    private EngineRun() {}

    static Result run(TestKafka kafka, OkrSet okrs, List<TimedRecord> records, Instant asOf)
            throws Exception {
        String topic = kafka.createEventTopic(1);
        kafka.deleteAfterTest(topic + ".dlq");
        kafka.sendTimed(
                topic,
                records.stream().map(TimedRecord::value).toList(),
                records.stream().map(TimedRecord::kafkaTimestampMillis).toList());

        MetricPlan plan = MetricPlan.compile(okrs, Optional.of(asOf));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        IngestedEvents in =
                EventIngestion.attach(
                        env,
                        IngestionOptions.builder(
                                        KafkaClientSettings.plaintext(kafka.bootstrapServers()),
                                        topic)
                                .groupId("engine-run-" + UUID.randomUUID())
                                .startAt(plan.readFrom())
                                .asOf(asOf)
                                .build());
        MetricEngine.Streams metrics =
                MetricEngine.attach(
                        in.events(), plan, IngestionOptions.ALLOWED_LATENESS, Duration.ZERO);
        CloseableIterator<Reading> readings = metrics.readings().collectAsync();
        CloseableIterator<WindowValue> windows = metrics.windows().collectAsync();
        CloseableIterator<SegmentRecord> dead = in.deadLetters().collectAsync();
        env.execute("engine-run");

        Map<String, KrReading> lastReadings = new LinkedHashMap<>();
        readings.forEachRemaining(
                r -> {
                    KrReading reading =
                            new KrReading(
                                    plan.keyResult(r.keyResult).id(),
                                    Instant.ofEpochMilli(r.instant),
                                    optional(r.value),
                                    optional(r.liveValue));
                    lastReadings.put(reading.kr() + "@" + r.instant, reading);
                });
        Map<String, WindowReading> lastWindows = new LinkedHashMap<>();
        windows.forEachRemaining(
                w ->
                        lastWindows.put(
                                w.keyResult + "/" + w.window + "@" + w.start,
                                new WindowReading(
                                        plan.keyResult(w.keyResult).id(),
                                        w.window,
                                        Instant.ofEpochMilli(w.start),
                                        w.value)));
        List<String> reasons = new ArrayList<>();
        dead.forEachRemaining(r -> reasons.add(r.offset() + ":" + r.reason().code()));
        readings.close();
        windows.close();
        dead.close();
        return new Result(
                new ReadingSet(
                        new HashSet<>(lastReadings.values()), new HashSet<>(lastWindows.values())),
                reasons);
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
