package dev.okr.health;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.atomic.LongAdder;

/**
 * A count of events in this JVM, kept in a {@link LongAdder} and handed to each publishing registry
 * as a function counter that it reads at each step. A Micrometer counter on the global registry
 * costs an iteration over every registry added to it on each increment; these counters are
 * incremented for every event, and a JVM that runs many jobs (a bench, the tests) adds a registry
 * for each InfluxDB database it reports to.
 */
public final class EventCount {

    private final String name;
    private final Tags tags;
    private final String description;
    private final LongAdder count = new LongAdder();

    EventCount(String name, Tags tags, String description) {
        this.name = name;
        this.tags = tags;
        this.description = description;
    }

    public void increment() {
        count.increment();
    }

    /** The events counted since this JVM started. */
    public double count() {
        return count.sum();
    }

    /** Publishes this count to {@code registry} from now on: what was counted before is not. */
    void bindTo(MeterRegistry registry) {
        double before = count();
        FunctionCounter.builder(name, this, c -> c.count() - before)
                .tags(tags)
                .description(description)
                .register(registry);
    }
}
