package dev.okr.connectors.kafka;

import dev.okr.connectors.kafka.internal.SegmentEventParser;
import dev.okr.connectors.kafka.internal.SegmentRecordTypeInfoFactory;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads Segment events for Flink's {@code KafkaSource}: every Kafka record becomes exactly one
 * {@link SegmentRecord}, holding either the parsed {@link SegmentEvent} or the reason it was
 * rejected, with the record's source and original bytes.
 *
 * <p>It never throws on a bad record (an exception here would fail the job): malformed JSON, a
 * value that is not an object, a missing identity or event time, an unparseable or future event
 * time, and values over 1 MiB (rejected before parsing) all come out as rejected records, for the
 * pipeline to send to the dead-letter topic.
 */
public final class SegmentEventDeserializationSchema
        implements KafkaRecordDeserializationSchema<SegmentRecord> {

    private static final long serialVersionUID = 1L;

    private transient SegmentEventParser parser;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        parser = new SegmentEventParser();
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SegmentRecord> out) {
        out.collect(read(record));
    }

    /** The record read from {@code record}; the outcome of parsing its value. */
    public SegmentRecord read(ConsumerRecord<byte[], byte[]> record) {
        if (parser == null) {
            parser = new SegmentEventParser();
        }
        SegmentEvent event = parser.parse(record.value(), record.timestamp());
        if (event == null) {
            return SegmentRecord.rejected(
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.timestamp(),
                    record.key(),
                    record.value(),
                    record.headers(),
                    parser.rejectReason(),
                    parser.rejectDetail());
        }
        return SegmentRecord.accepted(
                record.topic(),
                record.partition(),
                record.offset(),
                record.timestamp(),
                record.key(),
                record.value(),
                record.headers(),
                event);
    }

    @Override
    public TypeInformation<SegmentRecord> getProducedType() {
        return SegmentRecordTypeInfoFactory.TYPE;
    }
}
