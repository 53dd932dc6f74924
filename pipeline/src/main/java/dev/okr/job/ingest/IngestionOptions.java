package dev.okr.job.ingest;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.health.HealthSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@link EventIngestion} reads and how: the topic, where to start, live or bounded, and the
 * event-time rules. Build with {@link #builder(KafkaClientSettings, String)}; each setter says its
 * default and unit.
 */
public final class IngestionOptions {

    /** Events this far behind the watermark are rejected {@code too_late} (specification §3). */
    public static final Duration ALLOWED_LATENESS = Duration.ofHours(48);

    /** How long a message id is remembered, in event time (specification §1: at least 7 days). */
    public static final Duration DEDUP_HORIZON = Duration.ofDays(7);

    private final KafkaClientSettings kafka;
    private final String topic;
    private final String deadLetterTopic;
    private final String groupId;
    private final Instant startAt;
    private final Instant asOf;
    private final Duration outOfOrderness;
    private final Duration quietTimeout;
    private final Clock wallClock;
    private final DedupState dedupState;
    private final HealthSettings health;

    private IngestionOptions(Builder b) {
        this.kafka = b.kafka;
        this.topic = b.topic;
        this.deadLetterTopic = b.deadLetterTopic != null ? b.deadLetterTopic : b.topic + ".dlq";
        this.groupId = b.groupId;
        this.startAt = b.startAt;
        this.asOf = b.asOf;
        this.outOfOrderness = b.outOfOrderness;
        this.quietTimeout = b.quietTimeout;
        this.wallClock = b.asOf == null ? b.wallClock : null;
        this.dedupState = b.dedupState;
        this.health = b.health;
    }

    /** Options to read {@code topic} from the brokers of {@code kafka}. */
    public static Builder builder(KafkaClientSettings kafka, String topic) {
        return new Builder(kafka, topic);
    }

    public KafkaClientSettings kafka() {
        return kafka;
    }

    public String topic() {
        return topic;
    }

    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    public String groupId() {
        return groupId;
    }

    /** The instant reading starts at, or null for the earliest offsets. */
    public Instant startAt() {
        return startAt;
    }

    /** The as-of instant of a bounded run, or null for a live (unbounded) run. */
    public Instant asOf() {
        return asOf;
    }

    /** Whether this is a bounded run (an as-of instant is set). */
    public boolean bounded() {
        return asOf != null;
    }

    public Duration outOfOrderness() {
        return outOfOrderness;
    }

    public Duration quietTimeout() {
        return quietTimeout;
    }

    /** The wall clock of the live-mode watermark rule, or null when the rule is off. */
    public Clock wallClock() {
        return wallClock;
    }

    public DedupState dedupState() {
        return dedupState;
    }

    public HealthSettings health() {
        return health;
    }

    /** Builds {@link IngestionOptions}. */
    public static final class Builder {
        private final KafkaClientSettings kafka;
        private final String topic;
        private String deadLetterTopic;
        private String groupId = "okr-pipeline";
        private Instant startAt;
        private Instant asOf;
        private Duration outOfOrderness = Duration.ofSeconds(60);
        private Duration quietTimeout = Duration.ofSeconds(30);
        private Clock wallClock = Clock.systemUTC();
        private DedupState dedupState = DedupState.FINGERPRINT_TABLE;
        private HealthSettings health = HealthSettings.DISABLED;

        private Builder(KafkaClientSettings kafka, String topic) {
            this.kafka = Objects.requireNonNull(kafka, "kafka");
            this.topic = Objects.requireNonNull(topic, "topic");
        }

        /**
         * The dead-letter topic, created at start when missing. Defaults to {@code <topic>.dlq}.
         */
        public Builder deadLetterTopic(String deadLetterTopic) {
            this.deadLetterTopic = deadLetterTopic;
            return this;
        }

        /** The consumer group offsets are committed under. Defaults to {@code okr-pipeline}. */
        public Builder groupId(String groupId) {
            this.groupId = Objects.requireNonNull(groupId);
            return this;
        }

        /**
         * Reads from the first record whose Kafka timestamp is at or after {@code startAt}: the
         * period start minus the longest lookback of the metrics. Defaults to null: the earliest
         * offsets.
         */
        public Builder startAt(Instant startAt) {
            this.startAt = startAt;
            return this;
        }

        /**
         * A bounded run as of {@code asOf}: reads up to the latest offsets at start, ignores events
         * after {@code asOf}, never uses the wall clock, then ends. Defaults to null: a live run
         * that never ends.
         */
        public Builder asOf(Instant asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * How far out of order events may arrive and still be in time for their window: the
         * watermark trails the newest event time of a partition by this much. Defaults to 60 s.
         */
        public Builder outOfOrderness(Duration outOfOrderness) {
            this.outOfOrderness = requirePositive(outOfOrderness, "outOfOrderness");
            return this;
        }

        /**
         * How long a partition may go without events before it is quiet: in a live run its
         * watermark then follows the wall clock (minus the out-of-orderness); in a bounded run it
         * is marked idle, so that it does not hold windows back. Defaults to 30 s.
         */
        public Builder quietTimeout(Duration quietTimeout) {
            this.quietTimeout = requirePositive(quietTimeout, "quietTimeout");
            return this;
        }

        /**
         * The wall clock of a live run, or null to turn the wall-clock rule off (a quiet partition
         * is then marked idle, as in a bounded run). Ignored in a bounded run. Defaults to the
         * system clock.
         */
        public Builder wallClock(Clock wallClock) {
            this.wallClock = wallClock;
            return this;
        }

        /**
         * How dedup keeps the keys it has seen: the layout for the job's state backend ({@link
         * DedupState#forBackend}). Defaults to {@link DedupState#FINGERPRINT_TABLE}, for heap
         * state.
         */
        public Builder dedupState(DedupState dedupState) {
            this.dedupState = Objects.requireNonNull(dedupState);
            return this;
        }

        /**
         * Where health meters are published. Defaults to nowhere ({@link HealthSettings#DISABLED}).
         */
        public Builder health(HealthSettings health) {
            this.health = Objects.requireNonNull(health);
            return this;
        }

        public IngestionOptions build() {
            if (startAt != null && asOf != null && startAt.isAfter(asOf)) {
                throw new IllegalArgumentException(
                        "the start " + startAt + " is after the as-of instant " + asOf);
            }
            return new IngestionOptions(this);
        }

        private static Duration requirePositive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, not " + d);
            }
            return d;
        }
    }
}
