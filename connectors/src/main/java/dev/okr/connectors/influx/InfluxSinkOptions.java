package dev.okr.connectors.influx;

import java.io.Serializable;

/**
 * The settings of an {@link InfluxSink}; see {@link InfluxSinkBuilder} for each option's meaning,
 * default and unit.
 */
record InfluxSinkOptions(
        String url,
        String database,
        String retentionPolicy,
        int maxBatchSize,
        int maxInFlightRequests,
        int maxBufferedRequests,
        long maxBatchSizeInBytes,
        long maxTimeInBufferMs,
        long maxRecordSizeInBytes,
        long requestTimeoutMs,
        long initialBackoffMs,
        long maxBackoffMs)
        implements Serializable {}
