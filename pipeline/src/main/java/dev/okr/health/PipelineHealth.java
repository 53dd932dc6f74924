package dev.okr.health;

import dev.okr.connectors.kafka.RejectReason;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline's health meters, on Micrometer's global registry, named {@code okr.pipeline.*}
 * (written to InfluxDB as {@code okr_pipeline_*} by {@link HealthReporter}).
 *
 * <p>The event counters are {@link EventCount}s: per JVM, incremented at the cost of an adder, and
 * read at each step by each publishing registry ({@link HealthReporter}), which reports what was
 * counted since it started; {@code count()} gives the JVM's total whether or not they are
 * published. A task manager's counters sum over its subtasks, and InfluxDB gets one series per JVM.
 * Code outside the pipeline module (a sink, say) records on the global registry under these names
 * without depending on this class.
 */
public final class PipelineHealth {

    /** Counter: records read from the events topic, valid or not. */
    public static final String EVENTS_IN = "okr.pipeline.events.in";

    /** Counter, tag {@code reason} (a reason code): records sent to the dead-letter topic. */
    public static final String EVENTS_REJECTED = "okr.pipeline.events.rejected";

    /** Counter: valid events dropped as duplicates of an event already seen. */
    public static final String EVENTS_DUPLICATE = "okr.pipeline.events.duplicates";

    /** Counter: valid, first-seen events handed to the metrics. */
    public static final String EVENTS_ACCEPTED = "okr.pipeline.events.accepted";

    /** Counter: valid events after the as-of instant of a bounded run, ignored. */
    public static final String EVENTS_AFTER_AS_OF = "okr.pipeline.events.after_as_of";

    /** Gauge, seconds: wall-clock time minus the lowest event-time watermark in this JVM. */
    public static final String WATERMARK_LAG = "okr.pipeline.watermark.lag";

    /**
     * Timer: how far the board lags behind the events, in a live run: the wall-clock time at which
     * a key result's newest reading is scored minus the event time it was taken at (the watermark).
     * The sink writes the reading within its flush interval after that.
     */
    public static final String FRESHNESS = "okr.pipeline.freshness";

    /**
     * Gauge, 0 to 1: the share of the heap's long-lived pool still in use after the last garbage
     * collection, per JVM. Near 1, the state no longer fits the heap (docs/metric-engine.md).
     */
    public static final String JVM_HEAP_AFTER_GC = "okr.pipeline.jvm.memory.usage.after.gc";

    /** Gauge, 0 to 1: the share of the last 5 minutes this JVM spent collecting garbage. */
    public static final String JVM_GC_OVERHEAD = "okr.pipeline.jvm.gc.overhead";

    private static final Map<RejectReason, EventCount> REJECTED = new EnumMap<>(RejectReason.class);
    private static final EventCount EVENTS_IN_COUNT;
    private static final EventCount DUPLICATES;
    private static final EventCount ACCEPTED;
    private static final EventCount AFTER_AS_OF;
    private static final Map<Integer, AtomicLong> WATERMARKS = new ConcurrentHashMap<>();

    static {
        // A JVM-local registry first, so meters count (cumulatively) even when nothing publishes
        // them: count() on a global meter reads this one.
        Metrics.addRegistry(new SimpleMeterRegistry());
        for (RejectReason reason : RejectReason.values()) {
            REJECTED.put(
                    reason,
                    new EventCount(
                            EVENTS_REJECTED,
                            Tags.of("reason", reason.code()),
                            "records rejected, by reason"));
        }
        EVENTS_IN_COUNT = new EventCount(EVENTS_IN, Tags.empty(), "records read");
        DUPLICATES = new EventCount(EVENTS_DUPLICATE, Tags.empty(), "duplicate events dropped");
        ACCEPTED = new EventCount(EVENTS_ACCEPTED, Tags.empty(), "events let through dedup");
        AFTER_AS_OF =
                new EventCount(
                        EVENTS_AFTER_AS_OF, Tags.empty(), "events after a bounded run's as-of");
        Gauge.builder(WATERMARK_LAG, PipelineHealth::watermarkLagSeconds)
                .description("wall-clock time minus the lowest event-time watermark")
                .baseUnit("seconds")
                .register(Metrics.globalRegistry);
    }

    private PipelineHealth() {}

    public static EventCount eventsIn() {
        return EVENTS_IN_COUNT;
    }

    /**
     * Publishes the event counters to {@code registry} from now on (they are not on the global
     * registry, see {@link EventCount}).
     */
    static void bindEventCounts(MeterRegistry registry) {
        List.of(EVENTS_IN_COUNT, DUPLICATES, ACCEPTED, AFTER_AS_OF)
                .forEach(c -> c.bindTo(registry));
        REJECTED.values().forEach(c -> c.bindTo(registry));
    }

    public static EventCount rejected(RejectReason reason) {
        return REJECTED.get(reason);
    }

    public static EventCount duplicates() {
        return DUPLICATES;
    }

    public static EventCount accepted() {
        return ACCEPTED;
    }

    public static EventCount afterAsOf() {
        return AFTER_AS_OF;
    }

    /**
     * The slot where subtask {@code subtask} keeps its current watermark (epoch ms) for the lag
     * gauge; set it as the watermark moves.
     */
    public static AtomicLong watermarkSlot(int subtask) {
        return WATERMARKS.computeIfAbsent(subtask, s -> new AtomicLong(Long.MIN_VALUE));
    }

    /**
     * Records the freshness of one reading: from the event time {@code eventTimeMillis} it reads up
     * to, to the wall-clock time {@code atMillis}.
     */
    public static void recordFreshness(long eventTimeMillis, long atMillis) {
        freshness().record(Duration.ofMillis(Math.max(0, atMillis - eventTimeMillis)));
    }

    public static Timer freshness() {
        return Metrics.timer(FRESHNESS);
    }

    private static double watermarkLagSeconds() {
        long lowest = Long.MAX_VALUE;
        for (AtomicLong slot : WATERMARKS.values()) {
            long w = slot.get();
            if (w != Long.MIN_VALUE) {
                lowest = Math.min(lowest, w);
            }
        }
        return lowest == Long.MAX_VALUE
                ? Double.NaN
                : (System.currentTimeMillis() - lowest) / 1000.0;
    }
}
