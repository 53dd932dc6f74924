package dev.okr.metric;

/** What a matched event is to a metric part. */
public enum Role {
    /** An event counted by a single-stream metric. */
    EVENT,
    /** The {@code from} event of a duration or a conversion. */
    FROM,
    /** The {@code to} event of a duration or a conversion. */
    TO,
    /** The cohort event of a retention. */
    COHORT,
    /** A return event of a retention. */
    RETURN
}
