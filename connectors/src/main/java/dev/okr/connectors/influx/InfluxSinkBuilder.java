package dev.okr.connectors.influx;

import java.time.Duration;
import java.util.Objects;

/** Builds an {@link InfluxSink}. Only the URL, the database and the serializer are required. */
public final class InfluxSinkBuilder<IN> {

    private String url;
    private String database;
    private String retentionPolicy;
    private InfluxPointSerializer<IN> serializer;
    private int maxBatchSize = 5_000;
    private int maxInFlightRequests = 2;
    private int maxBufferedRequests = 50_000;
    private long maxBatchSizeInBytes = 4L * 1024 * 1024;
    private Duration maxTimeInBuffer = Duration.ofMillis(500);
    private long maxRecordSizeInBytes = 1024L * 1024;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(30);

    InfluxSinkBuilder() {}

    /** The InfluxDB base URL, for example {@code http://127.0.0.1:8086}. Required. */
    public InfluxSinkBuilder<IN> setUrl(String url) {
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

    /** Turns each element into its point. Required. */
    public InfluxSinkBuilder<IN> setSerializer(InfluxPointSerializer<IN> serializer) {
        this.serializer = serializer;
        return this;
    }

    /** Most points in one write request. Defaults to 5,000. */
    public InfluxSinkBuilder<IN> setMaxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
        return this;
    }

    /** Most write requests under way at once per parallel sink. Defaults to 2. */
    public InfluxSinkBuilder<IN> setMaxInFlightRequests(int maxInFlightRequests) {
        this.maxInFlightRequests = maxInFlightRequests;
        return this;
    }

    /**
     * Most points buffered per parallel sink before it backpressures the job. Defaults to 50,000;
     * must exceed the batch size.
     */
    public InfluxSinkBuilder<IN> setMaxBufferedRequests(int maxBufferedRequests) {
        this.maxBufferedRequests = maxBufferedRequests;
        return this;
    }

    /** Most bytes of line protocol in one write request. Defaults to 4 MiB. */
    public InfluxSinkBuilder<IN> setMaxBatchSizeInBytes(long maxBatchSizeInBytes) {
        this.maxBatchSizeInBytes = maxBatchSizeInBytes;
        return this;
    }

    /** Longest a point waits in the buffer before it is sent. Defaults to 500 ms. */
    public InfluxSinkBuilder<IN> setMaxTimeInBuffer(Duration maxTimeInBuffer) {
        this.maxTimeInBuffer = maxTimeInBuffer;
        return this;
    }

    /** Largest encoded point accepted, in bytes. Defaults to 1 MiB. */
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
     * First wait before retrying a failed write; it doubles per consecutive failure up to the
     * maximum, with jitter. Defaults to 200 ms and 30 s.
     */
    public InfluxSinkBuilder<IN> setBackoff(Duration initial, Duration max) {
        this.initialBackoff = initial;
        this.maxBackoff = max;
        return this;
    }

    public InfluxSink<IN> build() {
        Objects.requireNonNull(url, "the InfluxDB URL is required");
        Objects.requireNonNull(database, "the InfluxDB database is required");
        Objects.requireNonNull(serializer, "the point serializer is required");
        return new InfluxSink<>(
                serializer,
                new InfluxSinkOptions(
                        url,
                        database,
                        retentionPolicy,
                        maxBatchSize,
                        maxInFlightRequests,
                        maxBufferedRequests,
                        maxBatchSizeInBytes,
                        maxTimeInBuffer.toMillis(),
                        maxRecordSizeInBytes,
                        requestTimeout.toMillis(),
                        initialBackoff.toMillis(),
                        maxBackoff.toMillis()));
    }
}
