package dev.okr.connectors.influx.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The sink's Micrometer meters, all named {@code <prefix>.<name>} and tagged with the database:
 *
 * <ul>
 *   <li>{@code points.written}: lines InfluxDB acknowledged;
 *   <li>{@code batches.written}: write requests InfluxDB acknowledged;
 *   <li>{@code retries} (tag {@code cause}: {@code io}, {@code timeout}, {@code http-<status>}):
 *       write requests retried after a transient failure;
 *   <li>{@code lines.rejected} (tag {@code status}, {@code 0} when the sink refused the line):
 *       lines handed to the dead-letter handler;
 *   <li>{@code values.dropped}: NaN or infinite float fields left out of a point;
 *   <li>{@code points.dropped}: points not written because no field was left;
 *   <li>{@code write.latency}: time from sending a write request to its answer, whatever the
 *       answer.
 * </ul>
 */
public final class SinkMeters {

    private final MeterRegistry registry;
    private final String prefix;
    private final Tags tags;
    private final Counter pointsWritten;
    private final Counter batchesWritten;
    private final Counter valuesDropped;
    private final Counter pointsDropped;
    private final Timer latency;

    public SinkMeters(MeterRegistry registry, String prefix, String database) {
        this.registry = registry;
        this.prefix = prefix;
        this.tags = Tags.of("database", database);
        this.pointsWritten = counter("points.written", "lines InfluxDB acknowledged");
        this.batchesWritten = counter("batches.written", "write requests InfluxDB acknowledged");
        this.valuesDropped = counter("values.dropped", "NaN or infinite float fields left out");
        this.pointsDropped = counter("points.dropped", "points left without any field");
        this.latency =
                Timer.builder(prefix + ".write.latency")
                        .description("time from sending a write request to its answer")
                        .tags(tags)
                        .register(registry);
    }

    void written(int lines) {
        pointsWritten.increment(lines);
        batchesWritten.increment();
    }

    void answeredAfter(long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void retried(String cause) {
        Counter.builder(prefix + ".retries")
                .description("write requests retried after a transient failure")
                .tags(tags)
                .tag("cause", cause)
                .register(registry)
                .increment();
    }

    public void rejected(int status, int lines) {
        Counter.builder(prefix + ".lines.rejected")
                .description("lines handed to the dead-letter handler")
                .tags(tags)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment(lines);
    }

    public void droppedValues(int values) {
        valuesDropped.increment(values);
    }

    public void droppedPoint() {
        pointsDropped.increment();
    }

    private Counter counter(String name, String description) {
        return Counter.builder(prefix + "." + name)
                .description(description)
                .tags(tags)
                .register(registry);
    }
}
