package dev.okr.connectors.influx;

import dev.okr.connectors.influx.internal.LineProtocol;
import dev.okr.connectors.influx.internal.LinesStateSerializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A Flink sink that writes points to InfluxDB through the v1 {@code /write} endpoint, which
 * InfluxDB 1.x, 2.x (through its database/retention-policy mapping) and 3.x Core all serve.
 *
 * <p><b>Delivery is at-least-once:</b> every element handed to the sink before a checkpoint is
 * acknowledged by InfluxDB, or handed to the {@link InfluxRejectedLineHandler dead-letter handler},
 * before that checkpoint completes, and the same holds at end of input; points still buffered are
 * kept in the checkpoint and written after a restore. A point with the same measurement, tags and
 * timestamp overwrites the earlier one, so with deterministic timestamps a replay writes the same
 * points again and the store ends up as if written exactly once.
 *
 * <p><b>Failures:</b> no connection, timeouts, 408, 429 and 5xx are retried with exponential
 * backoff and jitter, never sooner than {@code Retry-After}, for at most the max retry time; the
 * batch stays in flight meanwhile, so the sink backpressures the job with bounded memory instead of
 * buffering. A 400, 413 or 422 splits the batch until the rejected lines stand alone: the others
 * are written and each rejected line goes to the dead-letter handler with InfluxDB's message. 401,
 * 403 and a missing database or retention policy fail the job at once with a message that says what
 * to fix. Points that line protocol cannot carry are refused (see {@link LineProtocol}); NaN and
 * infinite fields are dropped and counted.
 *
 * <p>Batching by count, bytes and time, the in-flight limit and the buffer come from Flink's {@link
 * AsyncSinkBase}. Meters are listed in docs/influx-sink.md. Build one with {@link #builder()}.
 */
public final class InfluxSink<IN> extends AsyncSinkBase<IN, byte[]> {

    private static final long serialVersionUID = 2L;

    private final InfluxPointSerializer<IN> serializer;
    private final InfluxSinkOptions options;

    InfluxSink(InfluxPointSerializer<IN> serializer, InfluxSinkOptions options) {
        super(
                converter(serializer),
                options.maxBatchSize(),
                options.maxInFlightRequests(),
                options.maxBufferedRequests(),
                options.maxBatchSizeInBytes(),
                options.maxTimeInBuffer().toMillis(),
                options.maxRecordSizeInBytes(),
                options.watchdogMillis(),
                true);
        this.serializer = serializer;
        this.options = options;
    }

    public static <IN> InfluxSinkBuilder<IN> builder() {
        return new InfluxSinkBuilder<>();
    }

    /** The plain conversion; the writer adds what a converter cannot do (drop, dead-letter). */
    private static <IN> ElementConverter<IN, byte[]> converter(
            InfluxPointSerializer<IN> serializer) {
        return (element, context) -> LineProtocol.encode(serializer.toPoint(element)).bytes();
    }

    @Override
    public StatefulSinkWriter<IN, BufferedRequestState<byte[]>> createWriter(
            WriterInitContext context) throws IOException {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<IN, BufferedRequestState<byte[]>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<byte[]>> recoveredState)
            throws IOException {
        return InfluxWriter.create(serializer, context, options, recoveredState);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<byte[]>> getWriterStateSerializer() {
        return new LinesStateSerializer();
    }

    @Override
    public String toString() {
        return "InfluxSink" + options;
    }
}
