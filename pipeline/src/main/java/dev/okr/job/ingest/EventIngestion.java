package dev.okr.job.ingest;

import dev.okr.connectors.kafka.DeadLetterSerializationSchema;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.SegmentEventDeserializationSchema;
import dev.okr.connectors.kafka.SegmentRecord;
import dev.okr.connectors.kafka.internal.SegmentEventTypeInfoFactory;
import java.time.Clock;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The pipeline's front door: adds to a job the Kafka source of Segment events, the checks of the
 * specification (§1, §3), deduplication and event time, and the dead-letter sink, and gives back
 * the stream of valid events for the metrics.
 *
 * <p>Topology: {@code kafka-events} (source, parsing in the deserializer, watermarks per partition)
 * → {@code route-records} (same task: rejects and too-late events to the dead letters) → keyed by
 * buckets of dedup keys → {@code deduplicate} → the returned stream. Rejected records go to {@code
 * dead-letters}, a {@link KafkaSink} (at-least-once with checkpointing) writing the dead-letter
 * topic, which is created here when missing. A bad record never fails the job.
 *
 * <p>Events carry their event time as the Flink timestamp. Watermarks trail the newest event time
 * of each partition by the out-of-orderness bound; quiet partitions follow the wall clock in a live
 * run and go idle in a bounded one ({@link IngestionOptions}).
 */
public final class EventIngestion {

    private EventIngestion() {}

    /**
     * Adds ingestion to {@code env} and returns its streams.
     *
     * @throws IllegalStateException when the dead-letter topic cannot be created
     */
    public static IngestedEvents attach(StreamExecutionEnvironment env, IngestionOptions options) {
        DeadLetterTopic.ensureExists(options.kafka(), options.deadLetterTopic());
        SingleOutputStreamOperator<SegmentEvent> routed =
                env.fromSource(source(options), watermarks(options), "kafka-events")
                        .uid("kafka-events")
                        .process(
                                new RecordRouter(
                                        IngestionOptions.ALLOWED_LATENESS,
                                        options.outOfOrderness(),
                                        options.asOf(),
                                        options.health()),
                                SegmentEventTypeInfoFactory.TYPE)
                        .name("route-records")
                        .uid("route-records");
        DataStream<SegmentRecord> deadLetters = routed.getSideOutput(RecordRouter.DEAD_LETTERS);
        deadLetters.sinkTo(deadLetterSink(options)).name("dead-letters").uid("dead-letters");
        DataStream<SegmentEvent> events =
                routed.keyBy(new DeduplicateFunction.Bucket(), Types.INT)
                        .process(
                                new DeduplicateFunction(
                                        IngestionOptions.DEDUP_HORIZON,
                                        options.dedupState(),
                                        options.health()),
                                SegmentEventTypeInfoFactory.TYPE)
                        .name("deduplicate")
                        .uid("deduplicate");
        return new IngestedEvents(events, deadLetters);
    }

    static KafkaSource<SegmentRecord> source(IngestionOptions options) {
        KafkaSourceBuilder<SegmentRecord> builder =
                KafkaSource.<SegmentRecord>builder()
                        .setProperties(options.kafka().toProperties())
                        .setTopics(options.topic())
                        .setGroupId(options.groupId())
                        .setStartingOffsets(
                                options.startAt() == null
                                        ? OffsetsInitializer.earliest()
                                        : OffsetsInitializer.timestamp(
                                                options.startAt().toEpochMilli()))
                        .setDeserializer(new SegmentEventDeserializationSchema());
        if (options.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    static WatermarkStrategy<SegmentRecord> watermarks(IngestionOptions options) {
        long bound = options.outOfOrderness().toMillis();
        long quiet = options.quietTimeout().toNanos();
        Clock wallClock = options.wallClock();
        return WatermarkStrategy.<SegmentRecord>forGenerator(
                        context ->
                                new SegmentWatermarks(
                                        bound, quiet, wallClock, context.getInputActivityClock()))
                .withTimestampAssigner(
                        (record, kafkaTimestamp) ->
                                record.isRejected()
                                        ? kafkaTimestamp
                                        : record.event().timestampMillis());
    }

    static KafkaSink<SegmentRecord> deadLetterSink(IngestionOptions options) {
        Properties producer = options.kafka().toProperties();
        producer.setProperty(
                "max.request.size",
                Integer.toString(DeadLetterSerializationSchema.MAX_REQUEST_BYTES));
        producer.setProperty("compression.type", "lz4");
        // Dead letters are not urgent: waiting up to 100 ms fills batches, where sending at once
        // made a compressed batch (and its 64 KiB LZ4 buffer) and a request per dead letter, which
        // cost a stream with 1% malformed records a sixth of its rate.
        producer.setProperty("linger.ms", "100");
        producer.setProperty("batch.size", Integer.toString(256 * 1024));
        return KafkaSink.<SegmentRecord>builder()
                .setBootstrapServers(options.kafka().bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(new DeadLetterSerializationSchema(options.deadLetterTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
