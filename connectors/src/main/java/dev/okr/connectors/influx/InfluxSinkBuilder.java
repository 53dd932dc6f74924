package dev.okr.connectors.influx;

import dev.okr.connectors.influx.internal.Credentials;
import dev.okr.connectors.influx.internal.WriteTarget;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.util.function.SerializableSupplier;

/**
 * Builds an {@link InfluxSink}. Only the URL, the database and the serializer are required; every
 * other option has a default that suits one sink writer per slot against a single InfluxDB.
 *
 * <p>Credentials are passed in by the caller, who reads them from its environment (the {@code okr}
 * command uses {@code OKR_INFLUX_USER} and {@code OKR_INFLUX_PASSWORD}, or {@code
 * OKR_INFLUX_TOKEN}); the sink never logs them nor puts them in a message.
 */
public final class InfluxSinkBuilder<IN> {

    private String url;
    private String database;
    private String retentionPolicy;
    private Credentials credentials = Credentials.none();
    private boolean createDatabase;
    private InfluxPointSerializer<IN> serializer;
    private int maxBatchSize = 5_000;
    private int maxInFlightRequests = 2;
    private int maxBufferedRequests = 20_000;
    private long maxBatchSizeInBytes = 8L * 1024 * 1024;
    private Duration maxTimeInBuffer = Duration.ofMillis(500);
    private long maxRecordSizeInBytes = 1024L * 1024;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private Duration maxRetryTime = Duration.ofMinutes(10);
    private InfluxRejectedLineHandler rejectedLineHandler = InfluxRejectedLineHandler.logging();
    private SerializableSupplier<MeterRegistry> meterRegistry = () -> Metrics.globalRegistry;
    private String meterPrefix = "influx.sink";

    InfluxSinkBuilder() {}

    /** The InfluxDB base URL, for example {@code http://127.0.0.1:8086}. Required. */
    public InfluxSinkBuilder<IN> setUrl(String url) {
        Objects.requireNonNull(url, "url");
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return this;
    }

    /** The database (on 2.x and 3.x: the mapped bucket) to write to. Required. */
    public InfluxSinkBuilder<IN> setDatabase(String database) {
        this.database = database;
        return this;
    }

    /** The retention policy. Defaults to none: the database's default policy. */
    public InfluxSinkBuilder<IN> setRetentionPolicy(String retentionPolicy) {
        this.retentionPolicy = retentionPolicy;
        return this;
    }

    /**
     * Authenticates with a user and password, sent as HTTP Basic authentication (InfluxDB 1.x, and
     * the v1 endpoints of 2.x and 3.x). Defaults to no authentication.
     */
    public InfluxSinkBuilder<IN> setCredentials(String user, String password) {
        this.credentials = Credentials.userPassword(user, password);
        return this;
    }

    /**
     * Authenticates with an API token, sent as {@code Authorization: Token <token>} (InfluxDB 2.x
     * and 3.x; 1.x does not know tokens). Defaults to no authentication.
     */
    public InfluxSinkBuilder<IN> setToken(String token) {
        this.credentials = Credentials.token(token);
        return this;
    }

    /**
     * Whether each writer creates the database when it opens ({@code CREATE DATABASE}, a no-op when
     * it exists; needs an admin user on 1.x with authentication; 2.x and 3.x create buckets
     * otherwise). Defaults to false.
     */
    public InfluxSinkBuilder<IN> setCreateDatabase(boolean createDatabase) {
        this.createDatabase = createDatabase;
        return this;
    }

    /** Turns each element into its point. Required. */
    public InfluxSinkBuilder<IN> setSerializer(InfluxPointSerializer<IN> serializer) {
        this.serializer = serializer;
        return this;
    }

    /** Most points in one write request. Defaults to 5,000, InfluxData's advice for 1.x. */
    public InfluxSinkBuilder<IN> setMaxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
        return this;
    }

    /**
     * Most write requests under way at once per parallel writer (each holds one connection, and a
     * batch waiting for a retry counts as under way). Defaults to 2.
     */
    public InfluxSinkBuilder<IN> setMaxInFlightRequests(int maxInFlightRequests) {
        this.maxInFlightRequests = maxInFlightRequests;
        return this;
    }

    /**
     * Most points buffered per parallel writer, besides those in flight, before it backpressures
     * the job. Defaults to 20,000; must exceed the batch size.
     */
    public InfluxSinkBuilder<IN> setMaxBufferedRequests(int maxBufferedRequests) {
        this.maxBufferedRequests = maxBufferedRequests;
        return this;
    }

    /** Most bytes of line protocol in one write request. Defaults to 8 MiB. */
    public InfluxSinkBuilder<IN> setMaxBatchSizeInBytes(long maxBatchSizeInBytes) {
        this.maxBatchSizeInBytes = maxBatchSizeInBytes;
        return this;
    }

    /** Longest a point waits in the buffer before it is sent. Defaults to 500 ms. */
    public InfluxSinkBuilder<IN> setMaxTimeInBuffer(Duration maxTimeInBuffer) {
        this.maxTimeInBuffer = maxTimeInBuffer;
        return this;
    }

    /**
     * Largest encoded point, in bytes; a larger one goes to the dead-letter handler. Defaults to 1
     * MiB.
     */
    public InfluxSinkBuilder<IN> setMaxRecordSizeInBytes(long maxRecordSizeInBytes) {
        this.maxRecordSizeInBytes = maxRecordSizeInBytes;
        return this;
    }

    /** How long one write request may take before it is retried. Defaults to 30 s. */
    public InfluxSinkBuilder<IN> setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        return this;
    }

    /**
     * Wait before retrying a failed write: a random time between half and all of {@code initial},
     * doubling per consecutive failure up to {@code max}, and never less than the server's {@code
     * Retry-After}. Defaults to 200 ms and 10 s.
     */
    public InfluxSinkBuilder<IN> setBackoff(Duration initial, Duration max) {
        this.initialBackoff = initial;
        this.maxBackoff = max;
        return this;
    }

    /**
     * How long a batch is retried after its first failure before the job fails (then Flink's
     * restart strategy and the last checkpoint take over: nothing is lost). Defaults to 10 min.
     */
    public InfluxSinkBuilder<IN> setMaxRetryTime(Duration maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
        return this;
    }

    /**
     * Where lines that InfluxDB rejects, or that the sink cannot encode, go. Defaults to {@link
     * InfluxRejectedLineHandler#logging()}.
     */
    public InfluxSinkBuilder<IN> setRejectedLineHandler(InfluxRejectedLineHandler handler) {
        this.rejectedLineHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * The Micrometer registry of the sink's meters, looked up when each writer opens (a registry is
     * not serializable). Defaults to {@link Metrics#globalRegistry}.
     */
    public InfluxSinkBuilder<IN> setMeterRegistry(SerializableSupplier<MeterRegistry> registry) {
        this.meterRegistry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /**
     * The first part of every meter name, for example {@code okr.pipeline.sink} for {@code
     * okr.pipeline.sink.points.written}. Defaults to {@code influx.sink}.
     */
    public InfluxSinkBuilder<IN> setMeterPrefix(String meterPrefix) {
        this.meterPrefix = Objects.requireNonNull(meterPrefix, "meterPrefix");
        return this;
    }

    /**
     * @throws NullPointerException when the URL, database or serializer is missing
     * @throws IllegalArgumentException when the options contradict each other
     */
    public InfluxSink<IN> build() {
        Objects.requireNonNull(url, "the InfluxDB URL is required");
        Objects.requireNonNull(database, "the InfluxDB database is required");
        Objects.requireNonNull(serializer, "the point serializer is required");
        requirePositive(requestTimeout, "request timeout");
        requirePositive(initialBackoff, "initial backoff");
        requirePositive(maxRetryTime, "max retry time");
        requirePositive(maxTimeInBuffer, "max time in buffer");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("the max backoff is shorter than the initial one");
        }
        if (maxBatchSize <= 0 || maxInFlightRequests <= 0) {
            throw new IllegalArgumentException(
                    "the batch size and the in-flight requests must be positive");
        }
        if (maxBufferedRequests <= maxBatchSize) {
            throw new IllegalArgumentException(
                    "max buffered requests ("
                            + maxBufferedRequests
                            + ") must exceed the batch size ("
                            + maxBatchSize
                            + ")");
        }
        if (maxRecordSizeInBytes <= 0 || maxBatchSizeInBytes < maxRecordSizeInBytes) {
            throw new IllegalArgumentException(
                    "the max batch size in bytes must be at least the max record size, and both"
                            + " positive");
        }
        return new InfluxSink<>(
                serializer,
                new InfluxSinkOptions(
                        new WriteTarget(url, database, retentionPolicy, credentials),
                        createDatabase,
                        maxBatchSize,
                        maxInFlightRequests,
                        maxBufferedRequests,
                        maxBatchSizeInBytes,
                        maxTimeInBuffer,
                        maxRecordSizeInBytes,
                        requestTimeout,
                        initialBackoff,
                        maxBackoff,
                        maxRetryTime,
                        rejectedLineHandler,
                        meterRegistry,
                        meterPrefix));
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive, got " + d);
        }
    }
}
