package dev.okr.bench;

/** The parts of an {@code okr bench} run, in the order they run. */
public enum BenchSection {
    /** Bare Kafka consumer, Flink pass-through, InfluxDB write ceiling. */
    LIMITS,
    /** {@code okr run --as-of} over the simulated events, and its ratios to the limits. */
    THROUGHPUT,
    /** Delay from an event's production to its key result being readable in InfluxDB. */
    FRESHNESS,
    /** Parallelism 1 against 2; throughput and checkpointed state against distinct users. */
    SCALE,
    /** Checkpoints every 10 s against none; 1% malformed records against none. */
    SAFETY
}
