package dev.okr.health;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.influx.InfluxConfig;
import io.micrometer.influx.InfluxMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the meters of Micrometer's global registry to InfluxDB, once per JVM and target.
 *
 * <p>Flink runs operators in task threads of one or more JVMs (task managers). Each operator that
 * records health calls {@link #start(HealthSettings)} from its {@code open()}: the first call in a
 * JVM adds an {@link InfluxMeterRegistry} to {@link Metrics#globalRegistry}, later calls with the
 * same settings do nothing. Meters recorded anywhere in the JVM on the global registry, by our
 * operators or by a sink, are then written every step as {@code okr_pipeline_*} measurements.
 * Registries are closed, which publishes a last time, when the JVM shuts down. Each registry also
 * publishes its JVM's heap pressure ({@link PipelineHealth#JVM_HEAP_AFTER_GC}, {@link
 * PipelineHealth#JVM_GC_OVERHEAD}): heap state grows with use, and a heap that no longer holds it
 * shows there long before the job fails.
 *
 * <p>InfluxDB credentials, when the server needs them, come from the environment variables {@code
 * OKR_INFLUX_USER} and {@code OKR_INFLUX_PASSWORD} of the task manager, never from options.
 */
public final class HealthReporter {

    private static final Logger LOG = LoggerFactory.getLogger(HealthReporter.class);
    private static final Map<HealthSettings, Publisher> STARTED = new LinkedHashMap<>();
    private static boolean shutdownHookAdded;

    private HealthReporter() {}

    /** Starts publishing to the target of {@code settings} unless this JVM already does. */
    public static synchronized void start(HealthSettings settings) {
        if (!settings.enabled() || STARTED.containsKey(settings)) {
            return;
        }
        InfluxMeterRegistry registry =
                InfluxMeterRegistry.builder(config(settings, System.getenv()))
                        .clock(Clock.SYSTEM)
                        .build();
        // Micrometer's heap pressure meters, renamed under okr.pipeline like the others.
        registry.config()
                .meterFilter(
                        new MeterFilter() {
                            @Override
                            public Meter.Id map(Meter.Id id) {
                                return id.getName().startsWith("jvm.")
                                        ? id.withName("okr.pipeline." + id.getName())
                                        : id;
                            }
                        });
        JvmHeapPressureMetrics heap = new JvmHeapPressureMetrics();
        heap.bindTo(registry);
        Metrics.addRegistry(registry);
        PipelineHealth.bindEventCounts(registry);
        STARTED.put(settings, new Publisher(registry, heap));
        if (!shutdownHookAdded) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(HealthReporter::stopAll, "okr-health-shutdown"));
            shutdownHookAdded = true;
        }
        LOG.info(
                "Publishing pipeline health to {} database {} every {}",
                settings.influxUrl(),
                settings.database(),
                settings.step());
    }

    /** Publishes a last time and stops every publisher of this JVM. */
    public static synchronized void stopAll() {
        List<Publisher> publishers = new ArrayList<>(STARTED.values());
        STARTED.clear();
        for (Publisher p : publishers) {
            Metrics.removeRegistry(p.registry());
            p.registry().close();
            p.heap().close();
        }
    }

    /** A registry publishing to one target, with the heap meters bound to it. */
    private record Publisher(InfluxMeterRegistry registry, JvmHeapPressureMetrics heap) {}

    static InfluxConfig config(HealthSettings settings, Map<String, String> env) {
        return new InfluxConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String uri() {
                return settings.influxUrl();
            }

            @Override
            public String db() {
                return settings.database();
            }

            @Override
            public Duration step() {
                return settings.step();
            }

            @Override
            public boolean autoCreateDb() {
                return true;
            }

            @Override
            public String userName() {
                return env.get("OKR_INFLUX_USER");
            }

            @Override
            public String password() {
                return env.get("OKR_INFLUX_PASSWORD");
            }
        };
    }
}
