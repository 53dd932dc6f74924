package dev.okr.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@code okr bench} run measures and how long: build with {@link #builder()}; every option
 * has a default sized so that a throughput run takes about 2 minutes and the whole bench about 40
 * on the project's 2-core machine.
 *
 * @param sections the sections to run, in {@link BenchSection} order
 * @param events simulated records per run of the limits, throughput and safety sections
 * @param scaleEvents simulated records per run of the scale section, whose topics of up to a
 *     million users are published for it, and of the warm-up run
 * @param runs runs per figure; each figure is their median and range
 * @param users distinct users of the simulated product in every topic but those of --scale-users,
 *     or 0 for one per {@value #RECORDS_PER_USER} records of the topic
 * @param scaleUsers the user counts of the state-size scale runs
 * @param okrs the OKR files the pipeline runs with (the examples)
 * @param freshnessDuration how long events are produced live in the freshness section
 * @param liveInterval the pipeline's live interval in the freshness section
 * @param freshnessRate the one live rate of the freshness section in events/s, or 0 for shares of
 *     the measured throughput
 * @param kafkaBootstrap a running broker to use, or null to start one
 * @param influxUrl a running InfluxDB to use, or null to start one
 */
public record BenchSettings(
        Set<BenchSection> sections,
        long events,
        long scaleEvents,
        int runs,
        int users,
        List<Integer> scaleUsers,
        List<Path> okrs,
        Duration freshnessDuration,
        Duration liveInterval,
        double freshnessRate,
        String kafkaBootstrap,
        String influxUrl) {

    /**
     * Records per simulated user when {@code users} is 0: the mix of 10,000 users in 2,000,000
     * records. Far more records per user is another product, not a bigger one: the simulator's
     * users then churn early, and the rest of the records are one-off anonymous visits.
     */
    public static final int RECORDS_PER_USER = 200;

    public BenchSettings {
        sections =
                sections.isEmpty() ? EnumSet.noneOf(BenchSection.class) : EnumSet.copyOf(sections);
        scaleUsers = List.copyOf(scaleUsers);
        okrs = List.copyOf(okrs);
        if (events < 1000) {
            throw new IllegalArgumentException("--events must be at least 1000, not " + events);
        }
        if (scaleEvents < 1000) {
            throw new IllegalArgumentException(
                    "--scale-events must be at least 1000, not " + scaleEvents);
        }
        if (users < 0) {
            throw new IllegalArgumentException("--users must be at least 1, not " + users);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
        }
        if (okrs.isEmpty()) {
            throw new IllegalArgumentException("no OKR files given");
        }
        Objects.requireNonNull(freshnessDuration);
        Objects.requireNonNull(liveInterval);
        if (freshnessRate < 0 || Double.isNaN(freshnessRate)) {
            throw new IllegalArgumentException(
                    "--freshness-rate must be a positive number of events/s, not " + freshnessRate);
        }
    }

    public boolean runs(BenchSection section) {
        return sections.contains(section);
    }

    /** The simulated users of a topic of {@code records} records. */
    public int usersOf(long records) {
        return users > 0 ? users : (int) Math.max(1, records / RECORDS_PER_USER);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BenchSettings}; every option has a default. */
    public static final class Builder {
        private Set<BenchSection> sections = EnumSet.allOf(BenchSection.class);
        private long events = 20_000_000;
        private long scaleEvents = 2_000_000;
        private int runs = 3;
        private int users;
        private List<Integer> scaleUsers = List.of(10_000, 100_000, 1_000_000);
        private List<Path> okrs = List.of();
        private Duration freshnessDuration = Duration.ofSeconds(60);
        private Duration liveInterval = Duration.ofSeconds(10);
        private double freshnessRate;
        private String kafkaBootstrap;
        private String influxUrl;

        private Builder() {}

        /** Defaults to every section. */
        public Builder sections(Set<BenchSection> sections) {
            this.sections = sections;
            return this;
        }

        /**
         * Simulated records per run of the limits, throughput and safety sections. Defaults to
         * 20,000,000: about 2 minutes a throughput run on the project's 2-core machine.
         */
        public Builder events(long events) {
            this.events = events;
            return this;
        }

        /**
         * Simulated records per run of the scale section and of the warm-up. Defaults to 2,000,000.
         */
        public Builder scaleEvents(long scaleEvents) {
            this.scaleEvents = scaleEvents;
            return this;
        }

        /** Runs per figure. Defaults to 3. */
        public Builder runs(int runs) {
            this.runs = runs;
            return this;
        }

        /**
         * Simulated users of every topic but those of {@code scaleUsers}. Defaults to 0: one per
         * {@value BenchSettings#RECORDS_PER_USER} records of the topic.
         */
        public Builder users(int users) {
            this.users = users;
            return this;
        }

        /** User counts of the scale runs. Defaults to 10^4, 10^5 and 10^6. */
        public Builder scaleUsers(List<Integer> scaleUsers) {
            this.scaleUsers = scaleUsers;
            return this;
        }

        /** The OKR files. Required. */
        public Builder okrs(List<Path> okrs) {
            this.okrs = okrs;
            return this;
        }

        /** How long the freshness section produces live events. Defaults to 60 s. */
        public Builder freshnessDuration(Duration duration) {
            this.freshnessDuration = duration;
            return this;
        }

        /** The pipeline's live interval in the freshness section. Defaults to 10 s. */
        public Builder liveInterval(Duration liveInterval) {
            this.liveInterval = liveInterval;
            return this;
        }

        /**
         * One fixed live rate for the freshness section, in events/s; 0 (the default) runs it at
         * shares of the throughput measured at p=1.
         */
        public Builder freshnessRate(double eventsPerSecond) {
            this.freshnessRate = eventsPerSecond;
            return this;
        }

        /** A running broker, or null (the default) to start one. */
        public Builder kafkaBootstrap(String bootstrap) {
            this.kafkaBootstrap = bootstrap;
            return this;
        }

        /** A running InfluxDB, or null (the default) to start one. */
        public Builder influxUrl(String url) {
            this.influxUrl = url;
            return this;
        }

        public BenchSettings build() {
            return new BenchSettings(
                    sections,
                    events,
                    scaleEvents,
                    runs,
                    users,
                    scaleUsers,
                    okrs,
                    freshnessDuration,
                    liveInterval,
                    freshnessRate,
                    kafkaBootstrap,
                    influxUrl);
        }
    }
}
