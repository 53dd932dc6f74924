package dev.okr.bench;

import dev.okr.bench.internal.BenchServers;
import dev.okr.bench.internal.MachineProbe;
import dev.okr.bench.internal.OkrRun;
import dev.okr.bench.internal.SimulatedTopic;
import dev.okr.bench.internal.ThreadCpu;
import dev.okr.infra.local.Directories;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code okr bench}: measures the pipeline end to end on this machine against limits measured in
 * the same run (the bare Kafka consumer, a Flink pass-through, InfluxDB's write ceiling), and
 * reports every figure as the median of several runs with its range.
 *
 * <p>It runs against real servers: the ones given in the settings, or a Kafka broker and an influxd
 * it starts on free ports of 127.0.0.1 in temporary directories and stops at the end. The topics
 * are filled by the simulator from a fixed seed, so two benches read the same records. Every job
 * runs on an embedded Flink MiniCluster in this JVM, as {@code okr run} does.
 */
public final class Bench {

    /** The simulated range: the first 60 days of the OKR files' period, read as of its end. */
    static final Duration RANGE = Duration.ofDays(60);

    private final BenchSettings settings;
    private final PrintWriter progress;
    private final BenchServers servers;
    private final Path workDir;
    private final Instant from;
    private final Instant asOf;
    private final List<String> databases = new ArrayList<>();
    private String runsDatabase;
    private SimulatedTopic scaleTopic;
    private SimulatedTopic throughputTopic;

    private Bench(
            BenchSettings settings,
            OkrSet okrs,
            PrintWriter progress,
            BenchServers servers,
            Path workDir) {
        this.settings = settings;
        this.progress = progress;
        this.servers = servers;
        this.workDir = workDir;
        this.from = okrs.period().startIn(okrs.zone());
        this.asOf = from.plus(RANGE);
    }

    /**
     * Runs the sections of {@code settings}, telling {@code progress} what it does and each run's
     * figure as it goes.
     *
     * @throws dev.okr.okrfile.InvalidOkrFileException when the OKR files are not valid
     */
    public static BenchReport run(BenchSettings settings, PrintWriter progress) throws Exception {
        OkrSet okrs = OkrFileLoader.load(settings.okrs());
        Path workDir = Files.createTempDirectory("okr-bench-");
        try (BenchServers servers =
                BenchServers.open(settings.kafkaBootstrap(), settings.influxUrl())) {
            progress.printf(
                    "okr bench: Kafka at %s, InfluxDB at %s%n",
                    servers.bootstrap(), servers.influx().url());
            progress.flush();
            Bench bench = new Bench(settings, okrs, progress, servers, workDir);
            try {
                return bench.measure();
            } finally {
                for (String database : bench.databases) {
                    servers.influx().query("DROP DATABASE " + database);
                }
            }
        } finally {
            Directories.deleteRecursively(workDir);
        }
    }

    private BenchReport measure() throws Exception {
        Machine machine = MachineProbe.probe(servers.influx());
        Measurements m = new Measurements(settings, this);
        List<BenchTable> tables = new ArrayList<>();
        if (!settings.sections().isEmpty()) {
            // The JVM's first job runs at about half the speed of the next (JIT compilation):
            // whichever section comes first would otherwise pay for it.
            SimulatedTopic warmUp = scaleTopic(settings.runs(BenchSection.SCALE));
            say("warm-up, not counted:");
            okrRun(warmUp, 1, Duration.ZERO);
        }
        if (settings.runs(BenchSection.LIMITS)) {
            tables.add(m.limits(throughputTopic()));
        }
        if (settings.runs(BenchSection.THROUGHPUT)) {
            tables.add(m.throughput(throughputTopic()));
        }
        if (settings.runs(BenchSection.FRESHNESS)) {
            tables.add(m.freshness(settings.freshnessRate() > 0 ? null : throughputTopic()));
        }
        if (settings.runs(BenchSection.SCALE)) {
            tables.add(m.scale(scaleTopic(true)));
        }
        if (settings.runs(BenchSection.SAFETY)) {
            tables.add(m.safety(throughputTopic()));
        }
        return new BenchReport(machine.withLoadAfter(MachineProbe.load()), settings, tables);
    }

    /**
     * The topic of the limits, throughput and safety sections, {@code events} records, published
     * when first asked for; the scale topic when the two are of one size.
     */
    private SimulatedTopic throughputTopic() {
        if (throughputTopic == null) {
            throughputTopic =
                    settings.events() == settings.scaleEvents()
                            ? scaleTopic(false)
                            : publish(
                                    "bench-throughput",
                                    settings.events(),
                                    settings.usersOf(settings.events()),
                                    0,
                                    false);
        }
        return throughputTopic;
    }

    /**
     * The topic of the warm-up and the scale section, {@code scaleEvents} records, published when
     * first asked for; its distinct users are counted if {@code countUsers} the first time.
     */
    private SimulatedTopic scaleTopic(boolean countUsers) {
        if (scaleTopic == null) {
            scaleTopic =
                    publish(
                            "bench-scale",
                            settings.scaleEvents(),
                            settings.usersOf(settings.scaleEvents()),
                            0,
                            countUsers);
        }
        return scaleTopic;
    }

    SimulatedTopic publish(
            String topic, long records, int users, double malformedShare, boolean countUsers) {
        say(
                "publishing %,d simulated records (%,d users, %.0f%% malformed) to %s",
                records, users, malformedShare * 100, topic);
        return SimulatedTopic.publish(
                servers.bootstrap(), topic, from, asOf, records, users, malformedShare, countUsers);
    }

    /**
     * A new database name starting with {@code prefix}, dropped at the end of the bench. They are
     * kept until then because a finished job's health reporter still writes to its database.
     */
    String database(String prefix) {
        String name = prefix + databases.size();
        databases.add(name);
        return name;
    }

    /**
     * One bounded {@code okr run --as-of} over {@code topic}. Every run writes the same series into
     * one database, overwriting the points of the run before.
     */
    OkrRun.Result okrRun(SimulatedTopic topic, int parallelism, Duration checkpoints)
            throws Exception {
        if (runsDatabase == null) {
            runsDatabase = database("okr_bench_runs_");
        }
        String database = runsDatabase;
        OkrRun.Result r =
                OkrRun.bounded(
                        new OkrRun.Target(
                                servers.bootstrap(),
                                topic.name(),
                                servers.influx().url(),
                                database),
                        settings.okrs(),
                        asOf,
                        parallelism,
                        checkpoints,
                        topic.records(),
                        workDir);
        say(
                "  okr run p=%d, checkpoints %s, %s: %,.0f records/s (%.1f s, %.1f s of CPU: job"
                        + " %.1f, GC %.1f, checkpoints %.1f, JIT %.1f)%s",
                parallelism,
                checkpoints.isZero() ? "none" : checkpoints.toSeconds() + " s",
                topic.name(),
                r.recordsPerSecond(),
                r.seconds(),
                r.cpuSeconds(),
                r.cpuSecondsOf(ThreadCpu.Kind.OTHER),
                r.cpuSecondsOf(ThreadCpu.Kind.GARBAGE_COLLECTOR),
                r.cpuSecondsOf(ThreadCpu.Kind.CHECKPOINT),
                r.cpuSecondsOf(ThreadCpu.Kind.COMPILER),
                r.stateBytes() > 0 ? ", state " + r.stateBytes() + " bytes" : "");
        return r;
    }

    BenchServers servers() {
        return servers;
    }

    Path workDir() {
        return workDir;
    }

    void say(String format, Object... args) {
        progress.println(String.format(Locale.ROOT, format, args));
        progress.flush();
    }
}
