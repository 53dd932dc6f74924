package dev.okr.connectors.influx;

import dev.okr.connectors.influx.internal.Backoff;
import dev.okr.connectors.influx.internal.BatchWriter;
import dev.okr.connectors.influx.internal.DatabaseCreator;
import dev.okr.connectors.influx.internal.EncodedPoint;
import dev.okr.connectors.influx.internal.InfluxHttp;
import dev.okr.connectors.influx.internal.LineProtocol;
import dev.okr.connectors.influx.internal.RejectedLine;
import dev.okr.connectors.influx.internal.SinkMeters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.flink.api.common.operators.MailboxExecutor;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.DequeRequestBuffer;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.SimpleBatchCreator;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.connector.base.sink.writer.strategy.CongestionControlRateLimitingStrategy;
import org.apache.flink.connector.base.sink.writer.strategy.NoOpScalingStrategy;

/**
 * The writer of an {@link InfluxSink}: encodes each element on the task thread, buffers the line in
 * Flink's {@link AsyncSinkWriter}, and hands each batch to a {@link BatchWriter}, which retries,
 * splits and reports on the HTTP client's threads. Results come back to the task thread through the
 * mailbox, which is also where the dead-letter handler is called.
 */
final class InfluxWriter<IN> extends AsyncSinkWriter<IN, byte[]> {

    private final InfluxPointSerializer<IN> serializer;
    private final NextLine<IN> nextLine;
    private final long maxRecordSizeInBytes;
    private final MailboxExecutor mailbox;
    private final InfluxHttp http;
    private final ScheduledExecutorService retries;
    private final SinkMeters meters;
    private final BatchWriter batches;
    private final InfluxRejectedLineHandler deadLetters;
    private final DatabaseCreator databaseCreator;

    private InfluxWriter(
            NextLine<IN> nextLine,
            InfluxPointSerializer<IN> serializer,
            WriterInitContext context,
            InfluxSinkOptions options,
            Collection<BufferedRequestState<byte[]>> state) {
        super(
                nextLine,
                context,
                configuration(options),
                state,
                new SimpleBatchCreator<>(options.maxBatchSizeInBytes()),
                new DequeRequestBuffer<>());
        this.serializer = serializer;
        this.nextLine = nextLine;
        this.maxRecordSizeInBytes = options.maxRecordSizeInBytes();
        this.mailbox = context.getMailboxExecutor();
        this.http = new InfluxHttp(options.target(), options.requestTimeout());
        this.retries =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "influx-sink-retries");
                            t.setDaemon(true);
                            return t;
                        });
        this.meters =
                new SinkMeters(
                        options.meterRegistry().get(),
                        options.meterPrefix(),
                        options.target().database());
        Backoff backoff =
                new Backoff(
                        options.initialBackoff().toMillis(),
                        options.maxBackoff().toMillis(),
                        () -> ThreadLocalRandom.current().nextDouble());
        this.batches =
                new BatchWriter(
                        http::write,
                        options.target(),
                        backoff,
                        options.maxRetryTime(),
                        retries,
                        meters,
                        Clock.systemUTC());
        this.deadLetters = options.rejectedLineHandler();
        this.databaseCreator =
                options.createDatabase()
                        ? new DatabaseCreator(http, backoff, options.maxRetryTime())
                        : null;
    }

    static <IN> InfluxWriter<IN> create(
            InfluxPointSerializer<IN> serializer,
            WriterInitContext context,
            InfluxSinkOptions options,
            Collection<BufferedRequestState<byte[]>> state)
            throws IOException {
        InfluxWriter<IN> writer =
                new InfluxWriter<>(new NextLine<>(), serializer, context, options, state);
        try {
            if (writer.databaseCreator != null) {
                writer.databaseCreator.createDatabase();
            }
            writer.deadLetters.open();
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        } catch (Exception e) {
            writer.close();
            throw new IOException("the InfluxDB sink's rejected-line handler did not open", e);
        }
        return writer;
    }

    private static AsyncSinkWriterConfiguration configuration(InfluxSinkOptions o) {
        return AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(o.maxBatchSize())
                .setMaxBatchSizeInBytes(o.maxBatchSizeInBytes())
                .setMaxInFlightRequests(o.maxInFlightRequests())
                .setMaxBufferedRequests(o.maxBufferedRequests())
                .setMaxTimeInBufferMS(o.maxTimeInBuffer().toMillis())
                .setMaxRecordSizeInBytes(o.maxRecordSizeInBytes())
                .setRequestTimeoutMS(o.watchdogMillis())
                .setFailOnTimeout(true)
                // Fixed limits: AIMD would shrink batches on every retry during an outage. The
                // message limit must allow every request a full batch, or only one would fly.
                .setRateLimitingStrategy(
                        CongestionControlRateLimitingStrategy.builder()
                                .setMaxInFlightRequests(o.maxInFlightRequests())
                                .setInitialMaxInFlightMessages(
                                        o.maxBatchSize() * o.maxInFlightRequests())
                                .setScalingStrategy(new NoOpScalingStrategy())
                                .build())
                .build();
    }

    /**
     * Encodes the element first: a point with nothing left to write is dropped and counted, and one
     * that cannot be written faithfully, or is too large, goes to the dead-letter handler instead
     * of failing the job inside Flink's buffer.
     */
    @Override
    public void write(IN element, Context context) throws IOException, InterruptedException {
        InfluxPoint point =
                Objects.requireNonNull(
                        serializer.toPoint(element),
                        () -> "the point serializer returned null for " + element);
        EncodedPoint encoded = LineProtocol.encode(point);
        if (encoded.droppedValues() > 0) {
            meters.droppedValues(encoded.droppedValues());
        }
        if (encoded.empty()) {
            meters.droppedPoint();
        } else if (!encoded.writable()) {
            deadLetter(
                    new RejectedLine(
                            encoded.line(),
                            InfluxRejectedLineHandler.REFUSED_BY_SINK,
                            encoded.refusal()));
        } else if (getSizeInBytes(encoded.bytes()) > maxRecordSizeInBytes) {
            deadLetter(
                    new RejectedLine(
                            encoded.line(),
                            InfluxRejectedLineHandler.REFUSED_BY_SINK,
                            "the line has "
                                    + getSizeInBytes(encoded.bytes())
                                    + " bytes, more than the sink's max record size of "
                                    + maxRecordSizeInBytes));
        } else {
            nextLine.line = encoded.bytes();
            super.write(element, context);
        }
    }

    @Override
    protected void submitRequestEntries(List<byte[]> lines, ResultHandler<byte[]> result) {
        batches.write(lines)
                .whenComplete(
                        (rejected, error) -> {
                            if (error != null) {
                                result.completeExceptionally(asException(error));
                                return;
                            }
                            if (!rejected.isEmpty()) {
                                // Runs on the task thread before the mail that completes the
                                // batch, so before any checkpoint that covers these lines.
                                mailbox.execute(
                                        () -> rejected.forEach(this::deadLetter),
                                        "hand rejected InfluxDB lines to the dead-letter handler");
                            }
                            result.complete();
                        });
    }

    private void deadLetter(RejectedLine rejected) {
        meters.rejected(rejected.status(), 1);
        try {
            deadLetters.rejected(rejected.line(), rejected.status(), rejected.reason());
        } catch (Exception e) {
            throw new IllegalStateException(
                    "the InfluxDB sink's rejected-line handler failed on a line rejected with "
                            + rejected.status(),
                    e);
        }
    }

    private static Exception asException(Throwable error) {
        Throwable cause =
                error instanceof CompletionException && error.getCause() != null
                        ? error.getCause()
                        : error;
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }

    /** The line and its newline, the unit of the sink's byte limits. */
    @Override
    protected long getSizeInBytes(byte[] line) {
        return line.length + 1L;
    }

    @Override
    public void close() {
        retries.shutdownNow();
        http.close();
        try {
            deadLetters.close();
        } catch (Exception e) {
            throw new UncheckedIOException(
                    new IOException("the InfluxDB sink's rejected-line handler did not close", e));
        } finally {
            super.close();
        }
    }

    /**
     * Hands the line {@link #write} encoded to Flink's buffer: {@link AsyncSinkWriter} converts
     * each element itself, and this converter lets the writer encode (and refuse) first.
     */
    private static final class NextLine<IN> implements ElementConverter<IN, byte[]> {
        private static final long serialVersionUID = 1L;
        private byte[] line;

        @Override
        public byte[] apply(IN element, SinkWriter.Context context) {
            byte[] encoded = line;
            line = null;
            return encoded;
        }
    }
}
