package dev.okr.connectors.influx;

import dev.okr.connectors.influx.internal.WriteTarget;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.util.function.SerializableSupplier;

/**
 * The settings of an {@link InfluxSink}; see {@link InfluxSinkBuilder} for each option's meaning,
 * default and unit. Its {@code toString()} shows no secret: {@link WriteTarget} names the
 * credentials without them.
 */
record InfluxSinkOptions(
        WriteTarget target,
        boolean createDatabase,
        int maxBatchSize,
        int maxInFlightRequests,
        int maxBufferedRequests,
        long maxBatchSizeInBytes,
        Duration maxTimeInBuffer,
        long maxRecordSizeInBytes,
        Duration requestTimeout,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryTime,
        InfluxRejectedLineHandler rejectedLineHandler,
        SerializableSupplier<MeterRegistry> meterRegistry,
        String meterPrefix)
        implements Serializable {

    /**
     * How long Flink's own watchdog lets a batch stay in flight before it fails the job. The sink
     * settles every batch well before (each request has a timeout, retries have a time limit), so
     * this only catches a bug that would otherwise hang a checkpoint forever.
     */
    long watchdogMillis() {
        long settle = maxRetryTime.toMillis() + maxBackoff.toMillis() + requestTimeout.toMillis();
        return Math.min(
                Duration.ofDays(7).toMillis(), 2 * settle + Duration.ofMinutes(5).toMillis());
    }
}
