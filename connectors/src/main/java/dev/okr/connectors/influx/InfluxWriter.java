package dev.okr.connectors.influx;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.connector.base.sink.writer.strategy.CongestionControlRateLimitingStrategy;
import org.apache.flink.connector.base.sink.writer.strategy.NoOpScalingStrategy;

/**
 * Posts batches of line protocol to {@code /write}. A failed request that may succeed later
 * (connection refused, timeout, 5xx, 429) is retried after an exponential backoff with jitter,
 * during which the batch counts as in flight, so the sink backpressures instead of buffering
 * without bound; any other answer fails the job with InfluxDB's message.
 */
final class InfluxWriter<IN> extends AsyncSinkWriter<IN, String> {

    private final InfluxSinkOptions options;
    private final HttpClient http;
    private final URI writeUri;
    private final ScheduledExecutorService retries;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    InfluxWriter(
            ElementConverter<IN, String> converter,
            WriterInitContext context,
            InfluxSinkOptions options,
            Collection<BufferedRequestState<String>> state) {
        super(converter, context, configuration(options), state);
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.writeUri = writeUri(options);
        this.retries =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "influx-sink-retries");
                            t.setDaemon(true);
                            return t;
                        });
    }

    private static AsyncSinkWriterConfiguration configuration(InfluxSinkOptions o) {
        return AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(o.maxBatchSize())
                .setMaxBatchSizeInBytes(o.maxBatchSizeInBytes())
                .setMaxInFlightRequests(o.maxInFlightRequests())
                .setMaxBufferedRequests(o.maxBufferedRequests())
                .setMaxTimeInBufferMS(o.maxTimeInBufferMs())
                .setMaxRecordSizeInBytes(o.maxRecordSizeInBytes())
                .setRequestTimeoutMS(o.requestTimeoutMs())
                .setFailOnTimeout(false)
                // A fixed in-flight limit: AIMD would shrink batches on every retry of an outage.
                .setRateLimitingStrategy(
                        CongestionControlRateLimitingStrategy.builder()
                                .setMaxInFlightRequests(o.maxInFlightRequests())
                                .setInitialMaxInFlightMessages(o.maxBatchSize())
                                .setScalingStrategy(new NoOpScalingStrategy())
                                .build())
                .build();
    }

    private static URI writeUri(InfluxSinkOptions o) {
        StringBuilder uri =
                new StringBuilder(o.url())
                        .append("/write?precision=ns&db=")
                        .append(URLEncoder.encode(o.database(), StandardCharsets.UTF_8));
        if (o.retentionPolicy() != null) {
            uri.append("&rp=")
                    .append(URLEncoder.encode(o.retentionPolicy(), StandardCharsets.UTF_8));
        }
        return URI.create(uri.toString());
    }

    @Override
    protected void submitRequestEntries(List<String> lines, ResultHandler<String> result) {
        HttpRequest request =
                HttpRequest.newBuilder(writeUri)
                        .timeout(Duration.ofMillis(options.requestTimeoutMs()))
                        .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines)))
                        .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete(
                        (response, error) -> {
                            if (error != null) {
                                retryLater(lines, result);
                            } else if (response.statusCode() / 100 == 2) {
                                consecutiveFailures.set(0);
                                result.complete();
                            } else if (response.statusCode() == 429
                                    || response.statusCode() / 100 == 5) {
                                retryLater(lines, result);
                            } else {
                                result.completeExceptionally(
                                        new IllegalStateException(
                                                "InfluxDB refused a write to database "
                                                        + options.database()
                                                        + " with HTTP "
                                                        + response.statusCode()
                                                        + ": "
                                                        + response.body()));
                            }
                        });
    }

    private void retryLater(List<String> lines, ResultHandler<String> result) {
        int failures = consecutiveFailures.incrementAndGet();
        long ceiling =
                Math.min(
                        options.maxBackoffMs(),
                        options.initialBackoffMs() << Math.min(failures - 1, 20));
        long delay = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        retries.schedule(() -> result.retryForEntries(lines), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    protected long getSizeInBytes(String line) {
        // One byte per char and the newline: exact for ASCII, close enough to size batches.
        return line.length() + 1L;
    }

    @Override
    public void close() {
        retries.shutdownNow();
        super.close();
    }
}
