package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.health.PipelineHealth;
import dev.okr.job.InfluxSchema.Health;
import io.micrometer.core.instrument.Meter;
import io.micrometer.influx.InfluxNamingConvention;
import org.junit.jupiter.api.Test;

/**
 * The health measurement names in {@code InfluxSchema.Health} are what Micrometer's InfluxDB
 * registry makes of the meter names the pipeline records ({@link PipelineHealth}) and of the sink's
 * (prefix {@code okr.pipeline.sink}, docs/influx-sink.md). DashboardQueriesIT sees them in a real
 * store.
 */
class HealthNamesTest {

    private static final InfluxNamingConvention INFLUX = new InfluxNamingConvention();

    private static String measurement(String meter, Meter.Type type) {
        return INFLUX.name(meter, type, null);
    }

    @Test
    void pipelineMetersBecomeTheSchemasMeasurements() {
        assertThat(measurement(PipelineHealth.EVENTS_IN, Meter.Type.COUNTER))
                .isEqualTo(Health.EVENTS_IN);
        assertThat(measurement(PipelineHealth.EVENTS_REJECTED, Meter.Type.COUNTER))
                .isEqualTo(Health.EVENTS_REJECTED);
        assertThat(measurement(PipelineHealth.EVENTS_DUPLICATE, Meter.Type.COUNTER))
                .isEqualTo(Health.EVENTS_DUPLICATES);
        assertThat(measurement(PipelineHealth.EVENTS_ACCEPTED, Meter.Type.COUNTER))
                .isEqualTo(Health.EVENTS_ACCEPTED);
        assertThat(measurement(PipelineHealth.EVENTS_AFTER_AS_OF, Meter.Type.COUNTER))
                .isEqualTo(Health.EVENTS_AFTER_AS_OF);
        assertThat(measurement(PipelineHealth.WATERMARK_LAG, Meter.Type.GAUGE))
                .isEqualTo(Health.WATERMARK_LAG);
        assertThat(measurement(PipelineHealth.FRESHNESS, Meter.Type.TIMER))
                .isEqualTo(Health.FRESHNESS);
        assertThat(measurement(PipelineHealth.JVM_HEAP_AFTER_GC, Meter.Type.GAUGE))
                .isEqualTo(Health.JVM_HEAP_AFTER_GC);
        assertThat(measurement(PipelineHealth.JVM_GC_OVERHEAD, Meter.Type.GAUGE))
                .isEqualTo(Health.JVM_GC_OVERHEAD);
    }

    @Test
    void sinkMetersBecomeTheSchemasMeasurements() {
        String prefix = "okr.pipeline.sink.";
        assertThat(measurement(prefix + "points.written", Meter.Type.COUNTER))
                .isEqualTo(Health.SINK_POINTS_WRITTEN);
        assertThat(measurement(prefix + "batches.written", Meter.Type.COUNTER))
                .isEqualTo(Health.SINK_BATCHES_WRITTEN);
        assertThat(measurement(prefix + "retries", Meter.Type.COUNTER))
                .isEqualTo(Health.SINK_RETRIES);
        assertThat(measurement(prefix + "lines.rejected", Meter.Type.COUNTER))
                .isEqualTo(Health.SINK_LINES_REJECTED);
        assertThat(measurement(prefix + "values.dropped", Meter.Type.COUNTER))
                .isEqualTo(Health.SINK_VALUES_DROPPED);
        assertThat(measurement(prefix + "points.dropped", Meter.Type.COUNTER))
                .isEqualTo(Health.SINK_POINTS_DROPPED);
        assertThat(measurement(prefix + "write.latency", Meter.Type.TIMER))
                .isEqualTo(Health.SINK_WRITE_LATENCY);
    }
}
