package dev.okr.connectors.influx;

import dev.okr.connectors.influx.internal.LoggingRejectedLineHandler;
import java.io.Serializable;

/**
 * The dead-letter output of an {@link InfluxSink}: receives each line that will never be written,
 * with the reason. A Flink sink has no side outputs, so this handler is it.
 *
 * <p>A line arrives here when InfluxDB rejected it on its own (a field type conflict, a parse
 * error, a body too large even for one line: the sink splits a rejected batch until each rejected
 * line stands alone, and writes all the others), or when the sink refused to send it because it
 * cannot be encoded faithfully (status {@link #REFUSED_BY_SINK}). Every line handed to the sink is
 * either acknowledged by InfluxDB or passed here exactly once per attempt; none is retried forever.
 *
 * <p>Calls come from the sink's task thread (the Flink mailbox), one at a time, before the
 * checkpoint that covers the line completes; the handler needs no locking. The sink considers the
 * line handled when the call returns, so a handler that forwards it (to Kafka, say) returns once
 * the forward is durable. An exception thrown here fails the job.
 */
@FunctionalInterface
public interface InfluxRejectedLineHandler extends Serializable {

    /** The status given to a line the sink itself refused, before any HTTP request. */
    int REFUSED_BY_SINK = 0;

    /**
     * Takes one line that will not be written.
     *
     * @param line the line-protocol text, without the trailing newline
     * @param status the HTTP status InfluxDB answered (400, 413, 422...), or {@link
     *     #REFUSED_BY_SINK}
     * @param reason InfluxDB's error message, or the sink's reason for refusing the line
     */
    void rejected(String line, int status, String reason) throws Exception;

    /** Called once when the sink's writer opens, before any line. Does nothing by default. */
    default void open() throws Exception {}

    /** Called once when the sink's writer closes. Does nothing by default. */
    default void close() throws Exception {}

    /**
     * The default handler: logs a warning with the line and reason the first time each kind of
     * rejection (status and reason, numbers left out) is seen by a writer, and ignores repeats; the
     * sink's {@code lines.rejected} counter counts every line either way.
     */
    static InfluxRejectedLineHandler logging() {
        return new LoggingRejectedLineHandler();
    }
}
