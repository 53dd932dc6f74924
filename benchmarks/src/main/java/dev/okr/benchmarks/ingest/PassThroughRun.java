package dev.okr.benchmarks.ingest;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A second limit: Flink's Kafka source passing each record's size through a keyBy to a counting
 * sink, with no parsing: what Flink itself costs on this machine, the floor under ingestion.
 */
final class PassThroughRun {

    static final AtomicLong FIRST = new AtomicLong();
    static final AtomicLong LAST = new AtomicLong();
    static final AtomicLong COUNT = new AtomicLong();

    private PassThroughRun() {}

    static double rate(String bootstrap, String topic, int parallelism, long records)
            throws Exception {
        FIRST.set(0);
        LAST.set(0);
        COUNT.set(0);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        env.fromSource(
                        KafkaSource.<Integer>builder()
                                .setBootstrapServers(bootstrap)
                                .setTopics(topic)
                                .setGroupId("bench-pass-" + System.nanoTime())
                                .setStartingOffsets(OffsetsInitializer.earliest())
                                .setBounded(OffsetsInitializer.latest())
                                .setDeserializer(new ValueSize())
                                .build(),
                        WatermarkStrategy.noWatermarks(),
                        "kafka-bytes")
                .keyBy(size -> size, Types.INT)
                .sinkTo(new CountingSink());
        env.execute("pass-through-benchmark");
        if (COUNT.get() != records) {
            throw new IllegalStateException(
                    "expected " + records + " records, counted " + COUNT.get());
        }
        return records / ((LAST.get() - FIRST.get()) / 1e9);
    }

    private static final class ValueSize implements KafkaRecordDeserializationSchema<Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Integer> out) {
            out.collect(record.value().length);
        }

        @Override
        public TypeInformation<Integer> getProducedType() {
            return Types.INT;
        }
    }

    private static final class CountingSink implements Sink<Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public SinkWriter<Integer> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                private long count;
                private long last;

                @Override
                public void write(Integer size, Context c) {
                    last = System.nanoTime();
                    if (count++ == 0) {
                        FIRST.accumulateAndGet(last, (a, b) -> a == 0 ? b : Math.min(a, b));
                    }
                }

                @Override
                public void flush(boolean endOfInput) {
                    if (endOfInput) {
                        LAST.accumulateAndGet(last, Math::max);
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
