package dev.okr.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.internal.SegmentEventSerializer;
import dev.okr.connectors.kafka.internal.SegmentRecordSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class SegmentSerializersTest {

    private static final Instant MONDAY_10_00 = Instant.parse("2026-11-23T10:00:00.123Z");

    private static final SegmentEvent ORDER =
            SegmentEvent.builder()
                    .messageId("m-1")
                    .track("Order Completed")
                    .userId("u-17")
                    .at(MONDAY_10_00)
                    .property("revenue", 12.5)
                    .property("plan.tier", "pro")
                    .property("paid", true)
                    .property("refunded", false)
                    .property("tags", "[1,2]")
                    .build();

    @Test
    void flinkUsesTheEventsOwnSerializerNeverKryo() {
        TypeInformation<SegmentEvent> type = TypeInformation.of(SegmentEvent.class);
        assertThat(type).isNotInstanceOf(GenericTypeInfo.class);
        assertThat(type.createSerializer(new SerializerConfigImpl()))
                .isInstanceOf(SegmentEventSerializer.class);
        assertThat(
                        TypeInformation.of(SegmentRecord.class)
                                .createSerializer(new SerializerConfigImpl()))
                .isInstanceOf(SegmentRecordSerializer.class);
    }

    @Test
    void anEventSurvivesARoundTrip() throws Exception {
        assertThat(roundTrip(SegmentEventSerializer.INSTANCE, ORDER)).isEqualTo(ORDER);
        SegmentEvent anonymousPage =
                SegmentEvent.builder()
                        .call(CallType.PAGE, "Pricing")
                        .anonymousId("a-1")
                        .at(MONDAY_10_00)
                        .build();
        SegmentEvent copy = roundTrip(SegmentEventSerializer.INSTANCE, anonymousPage);
        assertThat(copy).isEqualTo(anonymousPage);
        assertThat(copy.anonymous()).isTrue();
        assertThat(copy.name()).isEqualTo("Pricing");
    }

    @Test
    void everyStringComesBackExactlyWhateverItsCharacters() throws Exception {
        String longName = "x".repeat(70_000);
        SegmentEvent unusual =
                SegmentEvent.builder()
                        .messageId("m-\u00e9t\u00e9-\ud83d\ude80")
                        .track("Commande pass\u00e9e")
                        .userId("u-\u65e5\u672c")
                        .at(MONDAY_10_00)
                        // An unpaired surrogate, as a JSON "\ud800" escape can give, is kept too.
                        .property("note", "broken \ud800 half")
                        .property("question", "what? \ud83d\ude80")
                        .property("long", longName)
                        .property("empty", "")
                        .build();
        SegmentEvent copy = roundTrip(SegmentEventSerializer.INSTANCE, unusual);
        assertThat(copy).isEqualTo(unusual);
        assertThat(copy.property("note")).isEqualTo("broken \ud800 half");
        assertThat(copy.property("question")).isEqualTo("what? \ud83d\ude80");
        assertThat(copy.property("long")).isEqualTo(longName);
        assertThat(copy.property("empty")).isEqualTo("");
    }

    @Test
    void copyingInBinaryFormGivesTheSameBytes() throws Exception {
        DataOutputSerializer first = new DataOutputSerializer(64);
        SegmentEventSerializer.INSTANCE.serialize(ORDER, first);
        DataOutputSerializer second = new DataOutputSerializer(64);
        SegmentEventSerializer.INSTANCE.copy(
                new DataInputDeserializer(first.getCopyOfBuffer()), second);
        assertThat(second.getCopyOfBuffer()).isEqualTo(first.getCopyOfBuffer());
    }

    @Test
    void aRecordSurvivesARoundTripAcceptedOrRejected() throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        headers.add("empty", null);
        SegmentRecord accepted =
                SegmentRecord.accepted(
                        "events",
                        1,
                        42,
                        1000L,
                        null,
                        "{}".getBytes(StandardCharsets.UTF_8),
                        headers,
                        ORDER);
        SegmentRecord copy = roundTrip(SegmentRecordSerializer.INSTANCE, accepted);
        assertThat(copy.event()).isEqualTo(ORDER);
        assertThat(copy.topic()).isEqualTo("events");
        assertThat(copy.partition()).isEqualTo(1);
        assertThat(copy.offset()).isEqualTo(42);
        assertThat(copy.kafkaTimestamp()).isEqualTo(1000L);
        assertThat(copy.key()).isNull();
        assertThat(copy.value()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(copy.headers().lastHeader("trace").value())
                .isEqualTo("t-1".getBytes(StandardCharsets.UTF_8));
        assertThat(copy.headers().lastHeader("empty").value()).isNull();

        SegmentRecord rejected = accepted.reject(RejectReason.TOO_LATE, "50 hours behind");
        SegmentRecord rejectedCopy = roundTrip(SegmentRecordSerializer.INSTANCE, rejected);
        assertThat(rejectedCopy.isRejected()).isTrue();
        assertThat(rejectedCopy.event()).isNull();
        assertThat(rejectedCopy.reason()).isEqualTo(RejectReason.TOO_LATE);
        assertThat(rejectedCopy.detail()).isEqualTo("50 hours behind");
    }

    @Test
    void aRestoredSnapshotIsCompatibleAsIs() throws Exception {
        assertCompatibleAfterRestore(SegmentEventSerializer.INSTANCE);
        assertCompatibleAfterRestore(SegmentRecordSerializer.INSTANCE);
    }

    private static <T> void assertCompatibleAfterRestore(TypeSerializer<T> serializer)
            throws Exception {
        TypeSerializerSnapshot<T> snapshot = serializer.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        TypeSerializerSnapshot<T> restored =
                TypeSerializerSnapshot.readVersionedSnapshot(
                        new DataInputDeserializer(out.getCopyOfBuffer()),
                        SegmentSerializersTest.class.getClassLoader());
        TypeSerializerSchemaCompatibility<T> compatibility =
                serializer.snapshotConfiguration().resolveSchemaCompatibility(restored);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        T copy = serializer.deserialize(in);
        assertThat(in.available()).as("the whole serialized form is read").isZero();
        return copy;
    }
}
