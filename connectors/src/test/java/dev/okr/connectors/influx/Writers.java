package dev.okr.connectors.influx;

import java.util.Collection;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;

/**
 * Opens an {@link InfluxSink}'s writer outside a Flink job, on a {@link TestWriterContext}: its
 * mailbox runs on the calling thread, so {@code flush(true)} there processes the results of the
 * HTTP threads, as the task thread does in a job.
 */
final class Writers {

    /** A context for {@code write}: no event time, no watermark. */
    static final SinkWriter.Context NO_TIME =
            new SinkWriter.Context() {
                @Override
                public long currentWatermark() {
                    return Long.MIN_VALUE;
                }

                @Override
                public Long timestamp() {
                    return null;
                }
            };

    private Writers() {}

    static <IN> StatefulSinkWriter<IN, BufferedRequestState<byte[]>> open(InfluxSink<IN> sink)
            throws Exception {
        return sink.createWriter(new TestWriterContext());
    }

    static <IN> StatefulSinkWriter<IN, BufferedRequestState<byte[]>> restore(
            InfluxSink<IN> sink, Collection<BufferedRequestState<byte[]>> state) throws Exception {
        return sink.restoreWriter(new TestWriterContext(), state);
    }
}
