package dev.okr.benchmarks.ingest;

import dev.okr.bench.Spread;
import dev.okr.bench.internal.BareConsumerLimit;
import dev.okr.bench.internal.Measured;
import dev.okr.bench.internal.PassThroughLimit;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.infra.local.LocalKafka;
import dev.okr.simulator.Simulator;
import dev.okr.simulator.SimulatorReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.clients.admin.Admin;

/**
 * Ingest throughput (consume, parse, validate, dead letters, dedup) beside the bare Kafka
 * consumer's read rate of the same topic, in the same run, on a real local broker; then the same
 * with 1% malformed records. Also a Flink pass-through and a parse-only job, to show where the time
 * goes. Prints medians with their range, in wall-clock rate and in CPU per record, for
 * docs/benchmarks.md.
 *
 * <p>Options (system properties): {@code records} (default 2,000,000), {@code runs} (3), {@code
 * parallelism} (2), {@code partitions} (2).
 */
public final class IngestBenchmark {

    private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-10-01T00:00:00Z");
    private static final String CLEAN = "bench-clean";
    private static final String DIRTY = "bench-dirty";

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        long records = Long.getLong("records", 2_000_000);
        int runs = Integer.getInteger("runs", 3);
        int p = Integer.getInteger("parallelism", 2);
        int partitions = Integer.getInteger("partitions", 2);
        try (LocalKafka kafka =
                LocalKafka.builder().heap("1g").defaultPartitions(partitions).start()) {
            String bs = kafka.bootstrapServers();
            SimulatorReport clean = publish(bs, CLEAN, partitions, records, 0);
            SimulatorReport dirty = publish(bs, DIRTY, partitions, records, 0.01);
            long cleanEvents = records - clean.duplicates();
            long dirtyEvents = records - dirty.duplicates() - dirty.malformed();
            Map<String, List<Measured>> results = new LinkedHashMap<>();
            for (int run = 1; run <= runs; run++) {
                add(
                        results,
                        "bare consumer, clean",
                        BareConsumerLimit.readRate(bs, CLEAN, partitions, records));
                add(
                        results,
                        "consumer and parser in one thread, clean",
                        BareConsumerLimit.readRate(bs, CLEAN, partitions, records, true));
                add(
                        results,
                        "Flink pass-through, clean",
                        PassThroughLimit.rate(bs, CLEAN, p, records));
                add(
                        results,
                        "parse and keyBy, clean",
                        PassThroughLimit.parsedRate(bs, CLEAN, p, cleanEvents));
                add(results, "ingest, clean", IngestJobRun.rate(bs, CLEAN, p, cleanEvents));
                add(
                        results,
                        "bare consumer, 1% malformed",
                        BareConsumerLimit.readRate(bs, DIRTY, partitions, records));
                add(results, "ingest, 1% malformed", IngestJobRun.rate(bs, DIRTY, p, dirtyEvents));
                System.out.printf("run %d done: %s%n", run, results);
            }
            report(records, runs, p, partitions, results);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bs))) {
                admin.deleteTopics(List.of(CLEAN, DIRTY, CLEAN + ".dlq", DIRTY + ".dlq"))
                        .all()
                        .get();
            }
        }
    }

    private static void add(Map<String, List<Measured>> results, String name, Measured m) {
        results.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
    }

    private static SimulatorReport publish(
            String bootstrap, String topic, int partitions, long records, double malformed) {
        long start = System.nanoTime();
        SimulatorReport report =
                Simulator.builder()
                        .kafka(KafkaClientSettings.plaintext(bootstrap))
                        .topic(topic)
                        .partitions(partitions)
                        .from(FROM)
                        .to(TO)
                        .count(records)
                        .users(20_000)
                        .malformedShare(malformed)
                        .seed(2026)
                        .clock(Clock.fixed(TO, ZoneOffset.UTC))
                        .build()
                        .publish();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "okr simulate published %s to %s at %.0f records/s%n",
                report,
                topic,
                report.records() / seconds);
        return report;
    }

    private static void report(
            long records, int runs, int p, int partitions, Map<String, List<Measured>> results) {
        System.out.printf(
                Locale.ROOT,
                "%n%d records, %d partitions, parallelism %d, %d runs (median, min–max):%n"
                        + "| job | rate | CPU per record |%n| --- | --- | --- |%n",
                records,
                partitions,
                p,
                runs);
        results.forEach(
                (name, ms) ->
                        System.out.printf(
                                Locale.ROOT,
                                "| %s | %s | %s µs |%n",
                                name,
                                spread(ms, Measured::rate).rate(),
                                spread(ms, Measured::cpuMicrosPerRecord).ratio()));
        System.out.printf(
                Locale.ROOT,
                "ingest / bare consumer, clean: rate %s; bare CPU per record / ingest CPU per record %s%n"
                        + "ingest / bare consumer, 1%% malformed: rate %s%n"
                        + "ingest 1%% malformed / ingest clean: rate %s; clean CPU per record / 1%% malformed %s%n"
                        + "ingest / Flink pass-through: rate %s%n"
                        + "consumer and parser in one thread / bare consumer: rate %s%n",
                ratio(results, "ingest, clean", "bare consumer, clean", Measured::rate),
                ratio(
                        results,
                        "bare consumer, clean",
                        "ingest, clean",
                        Measured::cpuMicrosPerRecord),
                ratio(
                        results,
                        "ingest, 1% malformed",
                        "bare consumer, 1% malformed",
                        Measured::rate),
                ratio(results, "ingest, 1% malformed", "ingest, clean", Measured::rate),
                ratio(
                        results,
                        "ingest, clean",
                        "ingest, 1% malformed",
                        Measured::cpuMicrosPerRecord),
                ratio(results, "ingest, clean", "Flink pass-through, clean", Measured::rate),
                ratio(
                        results,
                        "consumer and parser in one thread, clean",
                        "bare consumer, clean",
                        Measured::rate));
    }

    private static Spread spread(List<Measured> ms, ToDoubleFunction<Measured> f) {
        return Spread.of(ms.stream().mapToDouble(f).toArray());
    }

    /** Per run, {@code numerator / denominator} of {@code f}; their median and range. */
    private static String ratio(
            Map<String, List<Measured>> results,
            String numerator,
            String denominator,
            ToDoubleFunction<Measured> f) {
        List<Measured> a = results.get(numerator);
        List<Measured> b = results.get(denominator);
        double[] ratios = new double[a.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = f.applyAsDouble(a.get(i)) / f.applyAsDouble(b.get(i));
        }
        return Spread.of(ratios).ratio();
    }
}
