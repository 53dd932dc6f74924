package dev.okr.connectors.influx.internal;

/**
 * A write failure that no retry can fix (wrong credentials, missing database, InfluxDB down for
 * longer than the sink may retry); it fails the job with a message that says what to fix.
 */
public final class FatalWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FatalWriteException(String message) {
        super(message);
    }

    public FatalWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
