package dev.okr.benchmarks.ingest;

import dev.okr.bench.internal.CountingSink;
import dev.okr.bench.internal.Measured;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.job.ingest.EventIngestion;
import dev.okr.job.ingest.IngestionOptions;
import java.time.Instant;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Ingestion as the pipeline runs it (consume, parse, validate, dead letters, dedup, watermarks) in
 * a bounded job on the local MiniCluster, ending in a sink that counts. The rate is measured from
 * the first event reaching the sink to the last, so job start-up is left out, as the bare
 * consumer's group-free start is.
 */
final class IngestJobRun {

    private IngestJobRun() {}

    /** Valid events per second through ingestion of {@code topic}; also checks the count. */
    static Measured rate(String bootstrap, String topic, int parallelism, long expectedEvents)
            throws Exception {
        CountingSink.reset();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        EventIngestion.attach(
                        env,
                        IngestionOptions.builder(KafkaClientSettings.plaintext(bootstrap), topic)
                                .groupId("bench-" + System.nanoTime())
                                .asOf(Instant.parse("2100-01-01T00:00:00Z"))
                                .build())
                .events()
                .sinkTo(new CountingSink<SegmentEvent>())
                .name("count");
        env.execute("ingest-benchmark");
        long events = CountingSink.count();
        if (Math.abs(events - expectedEvents) > expectedEvents / 100) {
            throw new IllegalStateException(
                    "expected about " + expectedEvents + " events, counted " + events);
        }
        return CountingSink.measured();
    }
}
