package dev.okr.metric.reference;

/**
 * A record the pipeline sends to the dead-letter topic (SPEC §1).
 *
 * @param index the record's position in the topic, from 0
 * @param reason the {@code okr.error} reason code: {@code malformed_json}, {@code not_an_object},
 *     {@code missing_identity}, {@code missing_timestamp}, {@code bad_timestamp}, {@code
 *     future_timestamp}, {@code too_large} or {@code too_late}
 * @param detail a sentence for people
 */
public record Rejection(int index, String reason, String detail) {}
