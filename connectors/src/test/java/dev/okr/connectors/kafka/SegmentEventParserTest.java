package dev.okr.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.internal.SegmentEventParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SegmentEventParserTest {

    private static final Instant MONDAY_10_00 = Instant.parse("2026-11-23T10:00:00.123Z");
    private static final long KAFKA_TIME = MONDAY_10_00.plusSeconds(2).toEpochMilli();

    private final SegmentEventParser parser = new SegmentEventParser();

    private SegmentEvent parse(SegmentJson json) {
        return parser.parse(json.bytes(), KAFKA_TIME);
    }

    private SegmentEvent parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), KAFKA_TIME);
    }

    @Test
    void readsATrackEventWithItsIdentityTimeAndProperties() {
        SegmentEvent e =
                parse(
                        SegmentJson.track("Order Completed")
                                .userId("u-17")
                                .anonymousId("a-9")
                                .messageId("m-1")
                                .at(MONDAY_10_00)
                                .raw("context", "{\"ip\":\"1.2.3.4\",\"library\":{\"name\":\"x\"}}")
                                .properties(
                                        "{\"revenue\":12.5,\"plan\":\"pro\",\"count\":3,\"paid\":true}"));
        assertThat(e).isNotNull();
        assertThat(e.type()).isEqualTo(CallType.TRACK);
        assertThat(e.event()).isEqualTo("Order Completed");
        assertThat(e.name()).isNull();
        assertThat(e.identity()).isEqualTo("u-17");
        assertThat(e.anonymous()).isFalse();
        assertThat(e.timestampMillis()).isEqualTo(MONDAY_10_00.toEpochMilli());
        assertThat(e.isActivity()).isTrue();
        assertThat(e.dedupKey()).isEqualTo("m-1");
        assertThat(e.property("revenue")).isEqualTo(12.5);
        assertThat(e.property("count")).as("every JSON number is a Double").isEqualTo(3.0);
        assertThat(e.property("plan")).isEqualTo("pro");
        assertThat(e.property("paid")).isEqualTo(Boolean.TRUE);
        assertThat(e.property("missing")).isNull();
        assertThat(e.numberProperty("plan")).isNaN();
    }

    @Test
    void identityIsTheAnonymousIdWhenUserIdIsEmpty() {
        SegmentEvent e =
                parse(SegmentJson.track("Page").userId("").anonymousId("a-9").at(MONDAY_10_00));
        assertThat(e.identity()).isEqualTo("a-9");
        assertThat(e.anonymous()).isTrue();
    }

    @Test
    void pageAndScreenKeepTheirNameAndAreActivity() {
        SegmentEvent page =
                parse(
                        SegmentJson.call("page")
                                .field("name", "Pricing")
                                .userId("u")
                                .at(MONDAY_10_00));
        assertThat(page.type()).isEqualTo(CallType.PAGE);
        assertThat(page.name()).isEqualTo("Pricing");
        assertThat(page.event()).isNull();
        assertThat(page.isActivity()).isTrue();
        SegmentEvent screen =
                parse(
                        SegmentJson.call("screen")
                                .field("name", "Home")
                                .userId("u")
                                .at(MONDAY_10_00));
        assertThat(screen.isActivity()).isTrue();
    }

    @Test
    void identifyGroupAndAliasAreValidButNotActivity() {
        for (String type : new String[] {"identify", "group", "alias"}) {
            SegmentEvent e =
                    parse(
                            SegmentJson.call(type)
                                    .userId("u")
                                    .at(MONDAY_10_00)
                                    .raw("traits", "{\"plan\":\"pro\"}"));
            assertThat(e).as(type).isNotNull();
            assertThat(e.isActivity()).as(type).isFalse();
        }
    }

    @Test
    void eventTimeFallsBackToOriginalTimestampThenReceivedAt() {
        Instant original = MONDAY_10_00.minusSeconds(60);
        Instant received = MONDAY_10_00.minusSeconds(30);
        SegmentEvent fromOriginal =
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .field("originalTimestamp", original.toString())
                                .field("receivedAt", received.toString()));
        assertThat(fromOriginal.timestamp()).isEqualTo(original);
        SegmentEvent fromReceived =
                parse(SegmentJson.track("X").userId("u").field("receivedAt", received.toString()));
        assertThat(fromReceived.timestamp()).isEqualTo(received);
        SegmentEvent fromTimestamp =
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .at(MONDAY_10_00)
                                .field("originalTimestamp", original.toString()));
        assertThat(fromTimestamp.timestamp()).isEqualTo(MONDAY_10_00);
    }

    @Test
    void nestedPropertiesAreReachedByDottedPathsAndArraysKeptAsJsonText() {
        SegmentEvent e =
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .at(MONDAY_10_00)
                                .properties(
                                        "{\"plan\":{\"tier\":\"pro\",\"seats\":{\"max\":10}},\"tags\":[1, \"a\", {\"b\":null}],\"gone\":null}"));
        assertThat(e.property("plan.tier")).isEqualTo("pro");
        assertThat(e.property("plan.seats.max")).isEqualTo(10.0);
        assertThat(e.property("plan")).as("an object is not a leaf").isNull();
        assertThat(e.property("tags")).isEqualTo("[1, \"a\", {\"b\":null}]");
        assertThat(e.property("gone")).as("JSON null reads as absent").isNull();
        assertThat(e.properties().size()).isEqualTo(3);
    }

    @Test
    void withoutMessageIdTheDedupKeyIsAContentHash() {
        SegmentJson json =
                SegmentJson.track("X")
                        .userId("u")
                        .at(MONDAY_10_00)
                        .properties("{\"a\":1,\"b\":\"x\"}");
        SegmentEvent first = parse(json);
        SegmentEvent reordered =
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .at(MONDAY_10_00)
                                .properties("{\"b\":\"x\",\"a\":1.0}"));
        SegmentEvent otherProperty =
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .at(MONDAY_10_00)
                                .properties("{\"a\":2,\"b\":\"x\"}"));
        SegmentEvent otherTime =
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .at(MONDAY_10_00.plusMillis(1))
                                .properties("{\"a\":1,\"b\":\"x\"}"));
        assertThat(first.dedupKey()).startsWith("content:");
        assertThat(reordered.dedupKey())
                .as("the same content in another order")
                .isEqualTo(first.dedupKey());
        assertThat(otherProperty.dedupKey()).isNotEqualTo(first.dedupKey());
        assertThat(otherTime.dedupKey()).isNotEqualTo(first.dedupKey());
        assertThat(
                        SegmentEvent.builder()
                                .track("X")
                                .userId("u")
                                .at(MONDAY_10_00)
                                .property("a", 1)
                                .property("b", "x")
                                .build()
                                .dedupKey())
                .as("the builder computes the same key")
                .isEqualTo(first.dedupKey());
    }

    @Test
    void rejectsInvalidJsonAsMalformed() {
        assertRejected(
                parse("{\"type\":\"track\","), RejectReason.MALFORMED_JSON, "not valid JSON");
        assertRejected(parse("not json"), RejectReason.MALFORMED_JSON, "not valid JSON");
        assertRejected(
                parse("{\"type\":\"track\"} {}"), RejectReason.MALFORMED_JSON, "content after");
        assertRejected(parse("   "), RejectReason.MALFORMED_JSON, "blank");
        assertRejected(parser.parse(null, KAFKA_TIME), RejectReason.MALFORMED_JSON, "no value");
        assertRejected(
                parse("{\"type\":\"track\",\"context\":{\"a\":[1,}}"),
                RejectReason.MALFORMED_JSON,
                "not valid JSON");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertRejected(parse("[1,2]"), RejectReason.NOT_AN_OBJECT, "array");
        assertRejected(parse("\"hello\""), RejectReason.NOT_AN_OBJECT, "string");
        assertRejected(parse("42"), RejectReason.NOT_AN_OBJECT, "number");
    }

    @Test
    void rejectsAMissingOrUnknownType() {
        assertRejected(
                parse(SegmentJson.track("X").without("type").userId("u").at(MONDAY_10_00)),
                RejectReason.UNKNOWN_TYPE,
                "missing");
        assertRejected(
                parse(SegmentJson.call("Track").userId("u").at(MONDAY_10_00)),
                RejectReason.UNKNOWN_TYPE,
                "\"Track\"");
    }

    @Test
    void rejectsAMissingIdentity() {
        assertRejected(
                parse(SegmentJson.track("X").at(MONDAY_10_00)),
                RejectReason.MISSING_IDENTITY,
                "userId");
        assertRejected(
                parse(SegmentJson.track("X").userId("").anonymousId(" ").at(MONDAY_10_00)),
                RejectReason.MISSING_IDENTITY,
                "empty");
    }

    @Test
    void rejectsAMissingTimestamp() {
        assertRejected(
                parse(SegmentJson.track("X").userId("u")),
                RejectReason.MISSING_TIMESTAMP,
                "timestamp");
        assertRejected(
                parse(SegmentJson.track("X").userId("u").raw("timestamp", "null")),
                RejectReason.MISSING_TIMESTAMP,
                "timestamp");
    }

    @Test
    void rejectsABadTimestamp() {
        assertRejected(
                parse(SegmentJson.track("X").userId("u").field("timestamp", "2026-11-23 10:00")),
                RejectReason.BAD_TIMESTAMP,
                "2026-11-23 10:00");
        assertRejected(
                parse(SegmentJson.track("X").userId("u").raw("timestamp", "1763892000000")),
                RejectReason.BAD_TIMESTAMP,
                "number");
        assertRejected(
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .field("timestamp", "2026-11-23T10:00:00")
                                .field("receivedAt", MONDAY_10_00.toString())),
                RejectReason.BAD_TIMESTAMP,
                "offset");
    }

    @Test
    void rejectsAValidDateTimeTooFarFromNowForEpochMilliseconds() {
        assertRejected(
                parse(
                        SegmentJson.track("X")
                                .userId("u")
                                .field("timestamp", "+999999999-12-31T23:59:59Z")),
                RejectReason.BAD_TIMESTAMP,
                "+999999999");
    }

    @Test
    void rejectsAnEventTimeMoreThanAnHourAfterTheKafkaTimestamp() {
        Instant kafka = MONDAY_10_00;
        SegmentJson inAnHour =
                SegmentJson.track("X").userId("u").at(kafka.plus(Duration.ofHours(1)));
        SegmentJson later =
                SegmentJson.track("X")
                        .userId("u")
                        .at(kafka.plus(Duration.ofHours(1)).plusMillis(1));
        assertThat(parser.parse(inAnHour.bytes(), kafka.toEpochMilli()))
                .as("exactly one hour ahead is allowed")
                .isNotNull();
        assertRejected(
                parser.parse(later.bytes(), kafka.toEpochMilli()),
                RejectReason.FUTURE_TIMESTAMP,
                "more than 1 hour");
        assertThat(parser.parse(later.bytes(), -1))
                .as("a record without a Kafka timestamp is not checked")
                .isNotNull();
    }

    @Test
    void rejectsAValueOverOneMebibyteBeforeParsing() {
        byte[] big = new byte[SegmentEventParser.MAX_VALUE_BYTES + 1];
        Arrays.fill(big, (byte) '{');
        assertRejected(parser.parse(big, KAFKA_TIME), RejectReason.TOO_LARGE, "1048577 bytes");
        byte[] limit =
                SegmentJson.track("X")
                        .userId("u")
                        .at(MONDAY_10_00)
                        .properties(
                                "{\"pad\":\""
                                        + "x".repeat(SegmentEventParser.MAX_VALUE_BYTES - 200)
                                        + "\"}")
                        .bytes();
        assertThat(limit.length).isLessThanOrEqualTo(SegmentEventParser.MAX_VALUE_BYTES);
        assertThat(parser.parse(limit, KAFKA_TIME))
                .as("a value of at most 1 MiB is parsed")
                .isNotNull();
    }

    @Test
    void aRejectDoesNotLeakIntoTheNextRecord() {
        assertThat(parse("nope")).isNull();
        SegmentEvent next =
                parse(SegmentJson.track("X").userId("u").at(MONDAY_10_00).properties("{\"a\":1}"));
        assertThat(next).isNotNull();
        assertThat(next.properties().asMap()).containsOnlyKeys("a");
        assertThat(parser.rejectReason()).isNull();
    }

    private void assertRejected(SegmentEvent event, RejectReason reason, String detail) {
        assertThat(event).isNull();
        assertThat(parser.rejectReason()).isEqualTo(reason);
        assertThat(parser.rejectDetail()).contains(detail);
    }
}
