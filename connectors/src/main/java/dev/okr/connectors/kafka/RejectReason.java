package dev.okr.connectors.kafka;

/**
 * Why a record of the events topic was not turned into an event: the reason codes of the
 * specification (§1), written to the dead-letter topic in the {@code okr.error} header.
 *
 * <p>{@link #UNKNOWN_TYPE} goes beyond the specification's list: a JSON object whose {@code type}
 * is missing or is not one of the six Segment calls is not an event the pipeline can classify, and
 * is dead-lettered rather than guessed (docs/kafka.md).
 */
public enum RejectReason {
    /** The value is not valid JSON, is empty, or is absent (a tombstone). */
    MALFORMED_JSON("malformed_json"),
    /** The value is valid JSON but not an object. */
    NOT_AN_OBJECT("not_an_object"),
    /** The object's {@code type} is missing or is not a Segment call. */
    UNKNOWN_TYPE("unknown_type"),
    /** Neither a non-empty {@code userId} nor a non-empty {@code anonymousId}. */
    MISSING_IDENTITY("missing_identity"),
    /** None of {@code timestamp}, {@code originalTimestamp}, {@code receivedAt}. */
    MISSING_TIMESTAMP("missing_timestamp"),
    /** The event time is not an ISO-8601 instant with an offset. */
    BAD_TIMESTAMP("bad_timestamp"),
    /** The event time is more than 1 hour after the Kafka record's own timestamp. */
    FUTURE_TIMESTAMP("future_timestamp"),
    /** The value is over 1 MiB; it is rejected before parsing. */
    TOO_LARGE("too_large"),
    /** The event time is more than 48 hours behind the event-time watermark. */
    TOO_LATE("too_late");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** The reason code as written to the {@code okr.error} header, e.g. {@code malformed_json}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
