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
 * <p>Delivery is at-least-once: every element handed to the sink before a checkpoint is
 * acknowledged by InfluxDB before that checkpoint completes, and at end of input. Since a point
 * with the same measurement, tags and timestamp overwrites the earlier one, a replay after recovery
 * writes the same points again and the store ends up as if written exactly once.
 *
 * <p>Batching by count, bytes and time, the in-flight limit and backpressure come from Flink's
 * {@link AsyncSinkBase}. Build one with {@link #builder()}.
 */
public final class InfluxSink<IN> extends AsyncSinkBase<IN, String> {

    private static final long serialVersionUID = 1L;

    private final InfluxSinkOptions options;

    InfluxSink(InfluxPointSerializer<IN> serializer, InfluxSinkOptions options) {
        super(
                converter(serializer),
                options.maxBatchSize(),
                options.maxInFlightRequests(),
                options.maxBufferedRequests(),
                options.maxBatchSizeInBytes(),
                options.maxTimeInBufferMs(),
                options.maxRecordSizeInBytes(),
                options.requestTimeoutMs(),
                false);
        this.options = options;
    }

    public static <IN> InfluxSinkBuilder<IN> builder() {
        return new InfluxSinkBuilder<>();
    }

    private static <IN> ElementConverter<IN, String> converter(
            InfluxPointSerializer<IN> serializer) {
        return (element, context) -> LineProtocol.encode(serializer.toPoint(element));
    }

    @Override
    public StatefulSinkWriter<IN, BufferedRequestState<String>> createWriter(
            WriterInitContext context) throws IOException {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<IN, BufferedRequestState<String>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<String>> recoveredState)
            throws IOException {
        return new InfluxWriter<>(getElementConverter(), context, options, recoveredState);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<String>> getWriterStateSerializer() {
        return new LinesStateSerializer();
    }
}
