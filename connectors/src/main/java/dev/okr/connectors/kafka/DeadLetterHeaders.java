package dev.okr.connectors.kafka;

/**
 * The headers the pipeline adds to a dead-letter record, beside the original record's own headers.
 * Values are UTF-8 text.
 */
public final class DeadLetterHeaders {

    /** The reason code, e.g. {@code malformed_json} ({@link RejectReason#code()}). */
    public static final String ERROR = "okr.error";

    /** A sentence saying what was wrong with the record. */
    public static final String ERROR_DETAIL = "okr.error.detail";

    /** The topic the record was read from. */
    public static final String SOURCE_TOPIC = "okr.source.topic";

    /** The partition the record was read from, in decimal. */
    public static final String SOURCE_PARTITION = "okr.source.partition";

    /** The record's offset in its partition, in decimal. */
    public static final String SOURCE_OFFSET = "okr.source.offset";

    /** The record's Kafka timestamp, epoch milliseconds in decimal (absent when it had none). */
    public static final String SOURCE_TIMESTAMP = "okr.source.timestamp";

    /**
     * Present only when the original value was over the dead-letter limit (8 MiB) and was cut to
     * it: the original length in bytes, in decimal.
     */
    public static final String VALUE_TRUNCATED = "okr.value.truncated";

    private DeadLetterHeaders() {}
}
