package dev.okr.bench.internal;

import dev.okr.connectors.kafka.SegmentEventDeserializationSchema;
import dev.okr.connectors.kafka.SegmentRecord;
import dev.okr.connectors.kafka.internal.SegmentEventTypeInfoFactory;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Two more limits, to see where ingestion's time goes: Flink's Kafka source passing each record's
 * size through a keyBy to a counting sink, with no parsing (what Flink itself costs here); and the
 * same with parsing ({@link SegmentEventDeserializationSchema}), passing each valid event through a
 * keyBy as ingestion does, without the dedup state, the watermarks or the dead letters.
 */
public final class PassThroughLimit {

    private PassThroughLimit() {}

    public static Measured rate(String bootstrap, String topic, int parallelism, long records)
            throws Exception {
        return run(bootstrap, topic, parallelism, records, false);
    }

    /** Valid events per second parsed and passed through a keyBy, about {@code events} of them. */
    public static Measured parsedRate(String bootstrap, String topic, int parallelism, long events)
            throws Exception {
        return run(bootstrap, topic, parallelism, events, true);
    }

    private static Measured run(
            String bootstrap, String topic, int parallelism, long records, boolean parse)
            throws Exception {
        CountingSink.reset();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        if (parse) {
            env.fromSource(
                            KafkaSource.<SegmentRecord>builder()
                                    .setBootstrapServers(bootstrap)
                                    .setTopics(topic)
                                    .setGroupId("bench-parse-" + System.nanoTime())
                                    .setStartingOffsets(OffsetsInitializer.earliest())
                                    .setBounded(OffsetsInitializer.latest())
                                    .setDeserializer(new SegmentEventDeserializationSchema())
                                    .build(),
                            WatermarkStrategy.noWatermarks(),
                            "kafka-events")
                    .filter(r -> !r.isRejected())
                    .map(SegmentRecord::event, SegmentEventTypeInfoFactory.TYPE)
                    .keyBy(e -> e.dedupKey().hashCode() & 16383, Types.INT)
                    .map(e -> e.properties().size(), Types.INT)
                    .sinkTo(new CountingSink<>());
        } else {
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
                    .sinkTo(new CountingSink<>());
        }
        env.execute("pass-through-benchmark");
        if (Math.abs(CountingSink.count() - records) > records / 50) {
            throw new IllegalStateException(
                    "expected " + records + " records, counted " + CountingSink.count());
        }
        return CountingSink.measured();
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
}
