package dev.okr.connectors.influx.internal;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sees one batch of lines through to the end: written, or rejected line by line, or failed.
 *
 * <ul>
 *   <li>A transient failure (no connection, timeout, 408, 429, 5xx) is retried after {@link
 *       Backoff}, at least as late as {@code Retry-After} asks, for at most {@code maxRetryTime}
 *       from the first failure; then the batch fails. The batch stays in flight all that time, so
 *       the Flink sink stops taking new elements once its buffer is full: backpressure, with
 *       bounded memory.
 *   <li>A rejection (400, 413, 422) splits the batch in halves, each written on its own, until each
 *       rejected line stands alone; the server's {@code dropped=N} hint ends the split early when
 *       it says every line of a part was dropped. Good lines are written (again, for InfluxDB 1.x,
 *       which had stored them already: same point, same values, so no change).
 *   <li>A fatal answer (401, 403, missing database...) fails the batch at once.
 * </ul>
 *
 * <p>Thread-safe: callbacks run on the HTTP client's threads and on {@code scheduler}.
 */
public final class BatchWriter {

    /** Sends one write request with the given lines. */
    @FunctionalInterface
    public interface Transport {
        CompletableFuture<HttpResponse<String>> post(List<byte[]> lines);
    }

    private final Transport transport;
    private final WriteTarget target;
    private final Backoff backoff;
    private final Duration maxRetryTime;
    private final ScheduledExecutorService scheduler;
    private final SinkMeters meters;
    private final Clock clock;

    public BatchWriter(
            Transport transport,
            WriteTarget target,
            Backoff backoff,
            Duration maxRetryTime,
            ScheduledExecutorService scheduler,
            SinkMeters meters,
            Clock clock) {
        this.transport = transport;
        this.target = target;
        this.backoff = backoff;
        this.maxRetryTime = maxRetryTime;
        this.scheduler = scheduler;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Writes {@code lines}; completes with the lines InfluxDB rejected (empty when all were
     * written), or exceptionally with a {@link FatalWriteException}.
     */
    public CompletableFuture<List<RejectedLine>> write(List<byte[]> lines) {
        List<RejectedLine> rejected = Collections.synchronizedList(new ArrayList<>());
        return part(lines, rejected).thenApply(v -> List.copyOf(rejected));
    }

    private CompletableFuture<Void> part(List<byte[]> lines, List<RejectedLine> rejected) {
        Attempts attempts = new Attempts(lines, rejected);
        send(attempts);
        return attempts.done;
    }

    private void send(Attempts a) {
        long start = System.nanoTime();
        try {
            transport
                    .post(a.lines)
                    .whenComplete(
                            (response, error) -> {
                                try {
                                    if (error != null) {
                                        Throwable cause = unwrap(error);
                                        retry(a, causeTag(cause), -1, describe(cause));
                                    } else {
                                        meters.answeredAfter(System.nanoTime() - start);
                                        answer(a, response);
                                    }
                                } catch (RuntimeException e) {
                                    a.done.completeExceptionally(e);
                                }
                            });
        } catch (RuntimeException e) {
            a.done.completeExceptionally(e);
        }
    }

    private void answer(Attempts a, HttpResponse<String> response) {
        int status = response.statusCode();
        String message = WriteResponses.message(response.body());
        switch (WriteResponses.classify(status, message)) {
            case WRITTEN -> {
                meters.written(a.lines.size());
                a.done.complete(null);
            }
            case RETRY ->
                    retry(
                            a,
                            "http-" + status,
                            RetryAfter.millis(
                                    response.headers().firstValue("Retry-After").orElse(null),
                                    clock.instant()),
                            "HTTP " + status + " " + message);
            case REJECTED -> isolate(a, status, message);
            case FATAL ->
                    a.done.completeExceptionally(
                            new FatalWriteException(WriteResponses.fatal(status, message, target)));
        }
    }

    private void retry(Attempts a, String cause, long retryAfterMillis, String problem) {
        long now = clock.millis();
        if (a.failures == 0) {
            a.firstFailureMillis = now;
        }
        a.failures++;
        long delay = backoff.delayMillis(a.failures, retryAfterMillis);
        if (delay > maxRetryTime.toMillis() - (now - a.firstFailureMillis)) {
            a.done.completeExceptionally(new FatalWriteException(givingUp(a, problem, delay)));
            return;
        }
        meters.retried(cause);
        scheduler.schedule(() -> send(a), delay, TimeUnit.MILLISECONDS);
    }

    private String givingUp(Attempts a, String problem, long nextDelay) {
        return "InfluxDB at "
                + target.url()
                + " has not accepted a write to database \""
                + target.database()
                + "\" in "
                + a.failures
                + " attempts over "
                + (clock.millis() - a.firstFailureMillis) / 1000
                + " s; the last failed with: "
                + problem
                + ". The next retry (in "
                + nextDelay / 1000
                + " s) would pass the sink's max retry time of "
                + maxRetryTime.toSeconds()
                + " s. Check that InfluxDB is running and reachable, or raise the max retry"
                + " time.";
    }

    private void isolate(Attempts a, int status, String message) {
        int n = a.lines.size();
        if (n == 1 || WriteResponses.dropped(message).orElse(-1) == n) {
            for (byte[] line : a.lines) {
                a.rejected.add(
                        new RejectedLine(
                                new String(line, StandardCharsets.UTF_8), status, message));
            }
            a.done.complete(null);
            return;
        }
        List<byte[]> first = a.lines.subList(0, n / 2);
        List<byte[]> second = a.lines.subList(n / 2, n);
        part(first, a.rejected)
                .thenCompose(v -> part(second, a.rejected))
                .whenComplete(
                        (v, error) -> {
                            if (error != null) {
                                a.done.completeExceptionally(unwrap(error));
                            } else {
                                a.done.complete(null);
                            }
                        });
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
    }

    private static String causeTag(Throwable cause) {
        return cause instanceof HttpTimeoutException ? "timeout" : "io";
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The attempts at writing one part of a batch; touched by one callback at a time. */
    private static final class Attempts {
        final List<byte[]> lines;
        final List<RejectedLine> rejected;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile int failures;
        volatile long firstFailureMillis;

        Attempts(List<byte[]> lines, List<RejectedLine> rejected) {
            this.lines = lines;
            this.rejected = rejected;
        }
    }
}
