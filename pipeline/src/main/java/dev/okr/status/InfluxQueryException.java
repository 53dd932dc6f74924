package dev.okr.status;

/** InfluxDB could not answer a query; the message says why, in words a user can act on. */
public final class InfluxQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InfluxQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
