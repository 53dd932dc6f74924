package dev.okr.benchmarks.ingest;

import dev.okr.bench.internal.Measured;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.job.ingest.EventIngestion;
import dev.okr.job.ingest.IngestionOptions;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Ingestion as the pipeline runs it (consume, parse, validate, dead letters, dedup, watermarks) in
 * a bounded job on the local MiniCluster, ending in a sink that counts. The rate is measured from
 * the first event reaching the sink to the last, so job start-up is left out, as the bare
 * consumer's group-free start is.
 */
final class IngestJobRun {

    static final AtomicLong FIRST = new AtomicLong();
    static final AtomicLong LAST = new AtomicLong();
    static final AtomicLong COUNT = new AtomicLong();
    static final AtomicLong FIRST_CPU = new AtomicLong();
    static final AtomicLong LAST_CPU = new AtomicLong();

    private IngestJobRun() {}

    /** Valid events per second through ingestion of {@code topic}; also checks the count. */
    static Measured rate(String bootstrap, String topic, int parallelism, long expectedEvents)
            throws Exception {
        FIRST.set(0);
        LAST.set(0);
        COUNT.set(0);
        FIRST_CPU.set(0);
        LAST_CPU.set(0);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        EventIngestion.attach(
                        env,
                        IngestionOptions.builder(KafkaClientSettings.plaintext(bootstrap), topic)
                                .groupId("bench-" + System.nanoTime())
                                .asOf(Instant.parse("2100-01-01T00:00:00Z"))
                                .build())
                .events()
                .sinkTo(new CountingSink())
                .name("count");
        env.execute("ingest-benchmark");
        long events = COUNT.get();
        if (Math.abs(events - expectedEvents) > expectedEvents / 100) {
            throw new IllegalStateException(
                    "expected about " + expectedEvents + " events, counted " + events);
        }
        return Measured.of(events, FIRST.get(), LAST.get(), FIRST_CPU.get(), LAST_CPU.get());
    }

    /** Counts events and notes the first and last arrival, across subtasks of this JVM. */
    private static final class CountingSink implements Sink<SegmentEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public SinkWriter<SegmentEvent> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                private long count;
                private long last;

                @Override
                public void write(SegmentEvent event, Context c) {
                    last = System.nanoTime();
                    if (count++ == 0) {
                        FIRST.accumulateAndGet(last, (a, b) -> a == 0 ? b : Math.min(a, b));
                        FIRST_CPU.compareAndSet(0, Measured.processCpuNanos());
                    }
                }

                @Override
                public void flush(boolean endOfInput) {
                    if (endOfInput) {
                        LAST.accumulateAndGet(last, Math::max);
                        LAST_CPU.accumulateAndGet(Measured.processCpuNanos(), Math::max);
                        COUNT.addAndGet(count);
                        count = 0;
                    }
                }

                @Override
                public void close() {}
            };
        }
    }
}
