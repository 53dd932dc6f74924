package dev.okr.benchmarks.ingest;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.infra.local.LocalKafka;
import dev.okr.simulator.Simulator;
import dev.okr.simulator.SimulatorReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Ingest throughput (consume, parse, validate, dead letters, dedup) beside the bare Kafka
 * consumer's read rate of the same topic, in the same run, on a real local broker; then the same
 * with 1% malformed records. Prints medians with their range, for docs/benchmarks.md.
 *
 * <p>Options (system properties): {@code records} (default 2,000,000), {@code runs} (3), {@code
 * parallelism} (2), {@code partitions} (2).
 */
public final class IngestBenchmark {

    private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-10-01T00:00:00Z");

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        long records = Long.getLong("records", 2_000_000);
        int runs = Integer.getInteger("runs", 3);
        int parallelism = Integer.getInteger("parallelism", 2);
        int partitions = Integer.getInteger("partitions", 2);
        try (LocalKafka kafka =
                LocalKafka.builder().heap("1g").defaultPartitions(partitions).start()) {
            String bootstrap = kafka.bootstrapServers();
            SimulatorReport clean = publish(bootstrap, "bench-clean", partitions, records, 0);
            SimulatorReport dirty = publish(bootstrap, "bench-dirty", partitions, records, 0.01);
            System.out.printf("topics: clean %s; dirty %s%n", clean, dirty);
            double[] passThrough = new double[runs];
            double[] parsed = new double[runs];
            double[] bare = new double[runs];
            double[] ingest = new double[runs];
            double[] bareDirty = new double[runs];
            double[] ingestDirty = new double[runs];
            for (int run = 0; run < runs; run++) {
                bare[run] = BareConsumerRun.readRate(bootstrap, "bench-clean", partitions, records);
                passThrough[run] =
                        PassThroughRun.rate(bootstrap, "bench-clean", parallelism, records);
                parsed[run] =
                        PassThroughRun.parsedRate(
                                bootstrap,
                                "bench-clean",
                                parallelism,
                                records - clean.duplicates());
                ingest[run] =
                        IngestJobRun.rate(
                                bootstrap,
                                "bench-clean",
                                parallelism,
                                records - clean.duplicates());
                bareDirty[run] =
                        BareConsumerRun.readRate(bootstrap, "bench-dirty", partitions, records);
                ingestDirty[run] =
                        IngestJobRun.rate(
                                bootstrap,
                                "bench-dirty",
                                parallelism,
                                records - dirty.duplicates() - dirty.malformed());
                System.out.printf(
                        Locale.ROOT,
                        "run %d: bare %.0f/s, Flink pass-through %.0f/s, ingest %.0f/s;"
                                + " 1%% malformed: bare %.0f/s, ingest %.0f/s%n",
                        run + 1,
                        bare[run],
                        passThrough[run],
                        ingest[run],
                        bareDirty[run],
                        ingestDirty[run]);
            }
            report(records, runs, parallelism, partitions, bare, ingest, bareDirty, ingestDirty);
            double[] toPassThrough = new double[runs];
            for (int i = 0; i < runs; i++) {
                toPassThrough[i] = ingest[i] / passThrough[i];
            }
            System.out.printf(
                    Locale.ROOT,
                    "Flink pass-through (source, keyBy, sink; no parsing): %s; ingest / pass-through: %s%n"
                            + "Parse and keyBy, no dedup state, watermarks or dead letters: %s%n",
                    Spread.of(passThrough).rate(),
                    Spread.of(toPassThrough).ratio(),
                    Spread.of(parsed).rate());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.deleteTopics(
                                List.of(
                                        "bench-clean",
                                        "bench-dirty",
                                        "bench-clean.dlq",
                                        "bench-dirty.dlq"))
                        .all()
                        .get();
            }
        }
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
                "okr simulate published %d records to %s at %.0f records/s%n",
                report.records(),
                topic,
                report.records() / seconds);
        return report;
    }

    private static void report(
            long records,
            int runs,
            int parallelism,
            int partitions,
            double[] bare,
            double[] ingest,
            double[] bareDirty,
            double[] ingestDirty) {
        double[] ratio = new double[runs];
        double[] dirtyRatio = new double[runs];
        double[] dirtyToClean = new double[runs];
        for (int i = 0; i < runs; i++) {
            ratio[i] = ingest[i] / bare[i];
            dirtyRatio[i] = ingestDirty[i] / bareDirty[i];
            dirtyToClean[i] = ingestDirty[i] / ingest[i];
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d records, %d partitions, parallelism %d, %d runs (median, min–max):%n"
                        + "| topic | bare consumer | ingest | ingest / bare |%n| --- | --- | --- | --- |%n"
                        + "| clean | %s | %s | %s |%n| 1%% malformed | %s | %s | %s |%n"
                        + "1%% malformed / clean ingest: %s%n",
                records,
                partitions,
                parallelism,
                runs,
                Spread.of(bare).rate(),
                Spread.of(ingest).rate(),
                Spread.of(ratio).ratio(),
                Spread.of(bareDirty).rate(),
                Spread.of(ingestDirty).rate(),
                Spread.of(dirtyRatio).ratio(),
                Spread.of(dirtyToClean).ratio());
    }
}
