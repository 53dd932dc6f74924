package dev.okr.bench;

import dev.okr.bench.internal.BareConsumerLimit;
import dev.okr.bench.internal.FreshnessRun;
import dev.okr.bench.internal.InfluxCeiling;
import dev.okr.bench.internal.OkrRun;
import dev.okr.bench.internal.PassThroughLimit;
import dev.okr.bench.internal.Percentiles;
import dev.okr.bench.internal.SimulatedTopic;
import dev.okr.bench.internal.ThreadCpu.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The sections of a bench, each a table of figures. Figures a later section needs (the limits, the
 * throughput at parallelism 1) are kept from the section that measured them, or measured when that
 * section was not run.
 */
final class Measurements {

    /** Points per run of the InfluxDB ceiling, and connections (2 writers × 2 in flight). */
    private static final int CEILING_CONNECTIONS = 4;

    private static final Duration SAFE_CHECKPOINTS = Duration.ofSeconds(10);

    /**
     * Checkpoints of the state-size runs: often enough that the last one completed falls in the
     * last seconds of a run of about 10 s. Every 10 s, such a run had one checkpoint or none, and
     * the figure depended on when in the run it fell.
     */
    private static final Duration STATE_CHECKPOINTS = Duration.ofSeconds(2);

    /**
     * Live rates of the freshness runs, as shares of the measured throughput: the half the issue
     * asks for, and a tenth, where the pipeline is far from its limit.
     */
    private static final double[] FRESHNESS_SHARES = {0.5, 0.1};

    /** The runs of a safety triple, by their place in its first triple's order. */
    private static final int NONE = 0;

    private static final int CHECKPOINTED = 1;
    private static final int MALFORMED = 2;

    private final BenchSettings settings;
    private final Bench bench;
    private double[] passThrough;
    private double[] bareConsumer;
    private double[] influxCeiling;
    private double[] throughputP1;

    Measurements(BenchSettings settings, Bench bench) {
        this.settings = settings;
        this.bench = bench;
    }

    BenchTable limits(SimulatedTopic topic) throws Exception {
        int runs = settings.runs();
        bareConsumer = new double[runs];
        passThrough = new double[runs];
        influxCeiling = new double[runs];
        long valid = topic.records() - topic.malformed();
        long points = Math.max(100_000, Math.min(1_000_000, settings.events() / 3));
        List<byte[]> bodies = InfluxCeiling.encodeBodies(points);
        for (int i = 0; i < runs; i++) {
            String bs = bench.servers().bootstrap();
            bareConsumer[i] =
                    BareConsumerLimit.readRate(bs, topic.name(), 2, topic.records()).rate();
            passThrough[i] = PassThroughLimit.parsedRate(bs, topic.name(), 1, valid).rate();
            String db = "bench_ceiling_" + i;
            influxCeiling[i] =
                    InfluxCeiling.pointsPerSecond(
                            bench.servers().influx(), db, bodies, CEILING_CONNECTIONS);
            bench.servers().influx().query("DROP DATABASE " + db);
            bench.say(
                    "  limits run %d: bare consumer %,.0f records/s, Flink pass-through %,.0f"
                            + " events/s, InfluxDB ceiling %,.0f points/s",
                    i + 1, bareConsumer[i], passThrough[i], influxCeiling[i]);
            if (settings.runs(BenchSection.THROUGHPUT)) {
                // Right after its limits, so that each ratio divides runs of the same moment.
                throughputP1()[i] = bench.okrRun(topic, 1, Duration.ZERO).recordsPerSecond();
            }
        }
        return new BenchTable(
                BenchSection.LIMITS,
                "Limits",
                List.of(
                        "Bare Kafka consumer: one `KafkaConsumer` thread reading every record of the"
                                + " topic as bytes (no group, no parsing), first record to last.",
                        "Flink pass-through: Flink's Kafka source at parallelism 1 parsing every"
                                + " record into an event and passing valid ones through a `keyBy`"
                                + " to a sink that discards them, first record to last.",
                        String.format(
                                "InfluxDB ceiling: %,d points of 5 tags and 4 fields, pre-encoded"
                                        + " line protocol in 5,000-point bodies, over %d"
                                        + " connections, first post to last answer.",
                                points, CEILING_CONNECTIONS)),
                List.of(
                        Figure.of(
                                "bare Kafka consumer",
                                Spread.of(bareConsumer),
                                Unit.RECORDS_PER_SECOND),
                        Figure.of(
                                "Flink pass-through, p=1",
                                Spread.of(passThrough),
                                Unit.EVENTS_PER_SECOND),
                        Figure.of(
                                "InfluxDB write ceiling",
                                Spread.of(influxCeiling),
                                Unit.POINTS_PER_SECOND)));
    }

    BenchTable throughput(SimulatedTopic topic) throws Exception {
        double[] rates = throughputP1(topic);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("okr run --as-of, p=1", Spread.of(rates), Unit.EVENTS_PER_SECOND));
        if (passThrough != null) {
            figures.add(
                    new Figure(
                            "okr run / Flink pass-through, per core (p=1)",
                            perRun(rates, passThrough),
                            Unit.RATIO,
                            Goal.atLeast(0.3)));
            figures.add(
                    Figure.of(
                            "okr run / bare Kafka consumer",
                            perRun(rates, bareConsumer),
                            Unit.RATIO));
            figures.add(
                    Figure.of(
                            "okr run events/s / InfluxDB ceiling points/s",
                            perRun(rates, influxCeiling),
                            Unit.RATIO));
        }
        return new BenchTable(
                BenchSection.THROUGHPUT,
                "Throughput",
                List.of(
                        String.format(
                                "`okr run --as-of` with the example OKR files over %,d simulated"
                                        + " records (%,d users, 0.2%% duplicates, over 60 days),"
                                        + " parallelism 1, no checkpoints, into a fresh database.",
                                topic.records(), topic.users()),
                        "Rate: records over the job's net run time, from submission until InfluxDB"
                                + " has acknowledged the last point, so a second or two of job"
                                + " start-up is in it (the limits' clocks start at the first record).",
                        "Each run follows the limits' run of the same number, and a ratio is taken"
                                + " per pair of runs: on a shared machine, only runs of the same"
                                + " moment compare."),
                figures);
    }

    /**
     * @param topic the throughput topic, whose rate sets the live rates; null with a fixed rate
     */
    BenchTable freshness(SimulatedTopic topic) throws Exception {
        double interval = settings.liveInterval().toMillis() / 1000.0;
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double fixed = settings.freshnessRate();
        double throughput = fixed > 0 ? 0 : Spread.of(throughputP1(topic)).median();
        notes.add(
                String.format(
                        "A live `okr run` (parallelism 1, live interval %.0f s, checkpoints every"
                                + " 30 s) while the simulator produces events of %,d users live at"
                                + " %s, for %d s a run; the simulator shares the machine with the"
                                + " pipeline.",
                        interval,
                        settings.usersOf(settings.events()),
                        fixed > 0
                                ? "a fixed rate (--freshness-rate)"
                                : String.format(
                                        "a share of the throughput measured at p=1 (%,.0f"
                                                + " events/s)",
                                        throughput),
                        settings.freshnessDuration().toSeconds()));
        notes.add(
                "Every 250 ms a probe event is produced that one extra key result counts; its"
                        + " delay runs from its send to the first poll (every 20 ms) that reads"
                        + " the key result counting it in InfluxDB.");
        if (fixed > 0) {
            freshnessAt(
                    String.format("at %,.0f events/s", fixed),
                    fixed,
                    true,
                    interval,
                    figures,
                    notes);
        } else {
            for (double share : FRESHNESS_SHARES) {
                freshnessAt(
                        String.format("at %.0f%% of throughput", share * 100),
                        throughput * share,
                        share == FRESHNESS_SHARES[0],
                        interval,
                        figures,
                        notes);
            }
        }
        return new BenchTable(BenchSection.FRESHNESS, "Freshness", notes, figures);
    }

    private void freshnessAt(
            String at,
            double rate,
            boolean withGoal,
            double interval,
            List<Figure> figures,
            List<String> notes)
            throws Exception {
        int runs = settings.runs();
        double[] p50 = new double[runs];
        double[] p99 = new double[runs];
        double[] produced = new double[runs];
        int missing = 0;
        int probes = 0;
        for (int i = 0; i < runs; i++) {
            FreshnessRun.Result r =
                    FreshnessRun.run(
                            bench.servers().bootstrap(),
                            bench.servers().influx(),
                            bench.database("okr_bench_live_"),
                            settings.okrs(),
                            settings.liveInterval(),
                            rate,
                            settings.usersOf(settings.events()),
                            settings.freshnessDuration(),
                            bench.workDir());
            p50[i] = Percentiles.of(r.delaysSeconds(), 50);
            p99[i] = Percentiles.of(r.delaysSeconds(), 99);
            produced[i] = r.producedPerSecond();
            missing += r.missing();
            probes += r.delaysSeconds().length;
            bench.say(
                    "  freshness run %d at %,.0f events/s asked (%,.0f produced): p50 %.2f s,"
                            + " p99 %.2f s over %d probes, %d never seen",
                    i + 1,
                    rate,
                    produced[i],
                    p50[i],
                    p99[i],
                    r.delaysSeconds().length,
                    r.missing());
        }
        Spread p99s = Spread.of(p99);
        figures.add(
                Figure.of("records produced/s " + at, Spread.of(produced), Unit.EVENTS_PER_SECOND));
        figures.add(Figure.of("freshness p50 " + at, Spread.of(p50), Unit.SECONDS));
        figures.add(Figure.of("freshness p99 " + at, p99s, Unit.SECONDS));
        figures.add(
                new Figure(
                        "freshness p99 beyond the live interval " + at,
                        new Spread(
                                p99s.median() - interval,
                                p99s.min() - interval,
                                p99s.max() - interval),
                        Unit.SECONDS,
                        withGoal ? Goal.under(2.0) : null));
        notes.add(
                String.format(
                        "%s, %d runs: %d of %d probes were never seen (within a run and 30 s after)%s.",
                        at.substring(0, 1).toUpperCase(Locale.ROOT) + at.substring(1),
                        runs,
                        missing,
                        probes,
                        missing == 0
                                ? ""
                                : "; they count with the time they waited, so the percentiles"
                                        + " are lower bounds: the pipeline fell behind"));
    }

    BenchTable scale(SimulatedTopic topic) throws Exception {
        double[] p1 = new double[settings.runs()];
        double[] p2 = new double[settings.runs()];
        for (int i = 0; i < p2.length; i++) {
            p1[i] = bench.okrRun(topic, 1, Duration.ZERO).recordsPerSecond();
            p2[i] = bench.okrRun(topic, 2, Duration.ZERO).recordsPerSecond();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("okr run, p=1", Spread.of(p1), Unit.EVENTS_PER_SECOND));
        figures.add(Figure.of("okr run, p=2", Spread.of(p2), Unit.EVENTS_PER_SECOND));
        figures.add(Figure.of("p=2 / p=1", perRun(p2, p1), Unit.RATIO));
        int runs = Math.min(2, settings.runs());
        for (int users : settings.scaleUsers()) {
            SimulatedTopic t =
                    users == topic.users() && topic.distinctUsers() >= 0
                            ? topic
                            : bench.publish(
                                    "bench-users-" + users, settings.scaleEvents(), users, 0, true);
            double[] rates = new double[runs];
            double[] state = new double[runs];
            for (int i = 0; i < runs; i++) {
                OkrRun.Result r = bench.okrRun(t, 1, STATE_CHECKPOINTS);
                rates[i] = r.recordsPerSecond();
                state[i] = r.stateBytes();
            }
            String name = String.format("%,d users (%,d seen)", users, t.distinctUsers());
            figures.add(
                    Figure.of(
                            name + ": okr run, p=1, checkpoints 2 s",
                            Spread.of(rates),
                            Unit.EVENTS_PER_SECOND));
            figures.add(Figure.of(name + ": checkpointed state", Spread.of(state), Unit.BYTES));
            figures.add(
                    Figure.of(
                            name + ": state per user seen",
                            Spread.of(state).over(Math.max(1, t.distinctUsers())),
                            Unit.BYTES_PER_USER));
        }
        return new BenchTable(
                BenchSection.SCALE,
                "Scale",
                List.of(
                        String.format(
                                "Parallelism 2 against 1 over %,d simulated records (%,d users), no"
                                        + " checkpoints, in pairs of runs one after the other; the"
                                        + " ratio is taken per pair.",
                                topic.records(), topic.users()),
                        String.format(
                                "Distinct users: %,d records each, from simulators of that many"
                                        + " users (\"seen\": distinct user keys in the records),"
                                        + " %d runs each with checkpoints every 2 s (heap state"
                                        + " backend, full checkpoints); state is the largest"
                                        + " completed checkpoint on disk, taken in the last"
                                        + " seconds of the run.",
                                settings.scaleEvents(), runs)),
                figures);
    }

    BenchTable safety(SimulatedTopic clean) throws Exception {
        SimulatedTopic dirty =
                bench.publish("bench-malformed", clean.records(), clean.users(), 0.01, false);
        int runs = settings.runs();
        OkrRun.Result[][] triples = new OkrRun.Result[runs][];
        for (int i = 0; i < runs; i++) {
            triples[i] = safetyTriple(clean, dirty, i);
        }
        double[] none = column(triples, NONE, OkrRun.Result::recordsPerSecond);
        double[] checkpointed = column(triples, CHECKPOINTED, OkrRun.Result::recordsPerSecond);
        double[] malformed = column(triples, MALFORMED, OkrRun.Result::recordsPerSecond);
        double[] noneCpu = column(triples, NONE, OkrRun.Result::recordsPerCpuSecond);
        double[] checkpointedCpu =
                column(triples, CHECKPOINTED, OkrRun.Result::recordsPerCpuSecond);
        double[] malformedCpu = column(triples, MALFORMED, OkrRun.Result::recordsPerCpuSecond);
        List<Figure> figures =
                new ArrayList<>(
                        List.of(
                                Figure.of(
                                        "okr run, no checkpoints",
                                        Spread.of(none),
                                        Unit.EVENTS_PER_SECOND),
                                Figure.of(
                                        "okr run, checkpoints every 10 s",
                                        Spread.of(checkpointed),
                                        Unit.EVENTS_PER_SECOND),
                                Figure.of(
                                        "okr run, 1% malformed",
                                        Spread.of(malformed), Unit.EVENTS_PER_SECOND),
                                new Figure(
                                        "checkpoints every 10 s / none",
                                        perRun(checkpointed, none),
                                        Unit.RATIO,
                                        Goal.atLeast(0.9)),
                                new Figure(
                                        "1% malformed / none",
                                        perRun(malformed, none), Unit.RATIO, Goal.atLeast(0.95)),
                                Figure.of(
                                        "okr run, no checkpoints, records per CPU second",
                                        Spread.of(noneCpu),
                                        Unit.RECORDS_PER_CPU_SECOND),
                                Figure.of(
                                        "checkpoints every 10 s / none, records per CPU second",
                                        perRun(checkpointedCpu, noneCpu),
                                        Unit.RATIO),
                                Figure.of(
                                        "1% malformed / none, records per CPU second",
                                        perRun(malformedCpu, noneCpu), Unit.RATIO)));
        figures.addAll(checkpointCpuByThread(triples));
        return new BenchTable(
                BenchSection.SAFETY,
                "Cost of safety",
                List.of(
                        String.format(
                                "Parallelism 1 over %,d simulated records (%,d users), checkpoints"
                                        + " every 10 s (heap state backend, to local files)"
                                        + " against none; and over a topic of as many records"
                                        + " with 1%% malformed (every reject reason the simulator"
                                        + " makes) against the clean one, both without"
                                        + " checkpoints. Rates count every record read.",
                                clean.records(), clean.users()),
                        "The three runs follow each other, and each ratio is taken within one"
                                + " such triple: on a shared machine, only runs of the same moment"
                                + " compare. Each triple starts one place further along (none,"
                                + " checkpoints, malformed; then checkpoints, malformed, none;"
                                + " ...), so that no kind of run always comes first, right"
                                + " after the topics were published.",
                        "Records per CPU second count the CPU time of the JVM that runs the"
                                + " job, all its threads included (the checkpoints' own thread,"
                                + " garbage collection): the cost of safety in work done rather"
                                + " than in time, which leaves out waiting for a core.",
                        String.format(
                                "CPU seconds by thread, per run of %,d records, from Linux's"
                                        + " counters of each thread read every half second: the"
                                        + " garbage collector's threads, Flink's checkpoint pool"
                                        + " (AsyncOperations), and the job's own threads (all"
                                        + " the others but the JIT compiler's). What checkpoints"
                                        + " cost is the checkpointed run's less the clean run's,"
                                        + " within each triple.",
                                clean.records())),
                figures);
    }

    /**
     * Where the CPU time of checkpoints goes: the clean runs' time, and what the checkpointed runs
     * spent beyond it in each kind of thread, per triple.
     */
    private static List<Figure> checkpointCpuByThread(OkrRun.Result[][] triples) {
        double[] noneAll = column(triples, NONE, OkrRun.Result::cpuSeconds);
        double[] checkpointedAll = column(triples, CHECKPOINTED, OkrRun.Result::cpuSeconds);
        List<Figure> figures = new ArrayList<>();
        figures.add(
                Figure.of("okr run, no checkpoints, CPU s", Spread.of(noneAll), Unit.CPU_SECONDS));
        figures.add(
                Figure.of(
                        "okr run, no checkpoints, CPU s of the garbage collector",
                        Spread.of(
                                column(triples, NONE, r -> r.cpuSecondsOf(Kind.GARBAGE_COLLECTOR))),
                        Unit.CPU_SECONDS));
        figures.add(
                Figure.of(
                        "checkpoints every 10 s − none, CPU s",
                        perRunDifference(checkpointedAll, noneAll),
                        Unit.CPU_SECONDS));
        for (Kind kind : List.of(Kind.CHECKPOINT, Kind.GARBAGE_COLLECTOR, Kind.OTHER)) {
            figures.add(
                    Figure.of(
                            "checkpoints every 10 s − none, CPU s of " + threadsOf(kind),
                            perRunDifference(
                                    column(triples, CHECKPOINTED, r -> r.cpuSecondsOf(kind)),
                                    column(triples, NONE, r -> r.cpuSecondsOf(kind))),
                            Unit.CPU_SECONDS));
        }
        return figures;
    }

    private static String threadsOf(Kind kind) {
        return switch (kind) {
            case CHECKPOINT -> "the checkpoint threads";
            case GARBAGE_COLLECTOR -> "the garbage collector";
            case COMPILER -> "the JIT compiler";
            case OTHER -> "the job's threads";
        };
    }

    /**
     * Triple {@code i} of the safety section, indexed by {@link #NONE}, {@link #CHECKPOINTED} and
     * {@link #MALFORMED}, run in that order rotated by {@code i}.
     */
    private OkrRun.Result[] safetyTriple(SimulatedTopic clean, SimulatedTopic dirty, int i)
            throws Exception {
        OkrRun.Result[] triple = new OkrRun.Result[3];
        for (int j = 0; j < 3; j++) {
            int kind = rotated(j, i, 3);
            triple[kind] =
                    switch (kind) {
                        case NONE -> bench.okrRun(clean, 1, Duration.ZERO);
                        case CHECKPOINTED -> bench.okrRun(clean, 1, SAFE_CHECKPOINTS);
                        default -> bench.okrRun(dirty, 1, Duration.ZERO);
                    };
        }
        return triple;
    }

    /** The {@code j}-th of {@code n} places when the order starts {@code shift} places along. */
    static int rotated(int j, int shift, int n) {
        return Math.floorMod(j + shift, n);
    }

    private static double[] column(
            OkrRun.Result[][] triples, int kind, ToDoubleFunction<OkrRun.Result> figure) {
        double[] values = new double[triples.length];
        for (int i = 0; i < triples.length; i++) {
            values[i] = figure.applyAsDouble(triples[i][kind]);
        }
        return values;
    }

    /** The p=1 runs without checkpoints of the throughput section, filled by the limits. */
    private double[] throughputP1() {
        if (throughputP1 == null) {
            throughputP1 = new double[settings.runs()];
        }
        return throughputP1;
    }

    /** The p=1 throughput runs, measured now when the limits section did not. */
    private double[] throughputP1(SimulatedTopic topic) throws Exception {
        double[] rates = throughputP1();
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] == 0) {
                rates[i] = bench.okrRun(topic, 1, Duration.ZERO).recordsPerSecond();
            }
        }
        return rates;
    }

    /** {@code a[i] - b[i]}: differences of runs taken one after the other. */
    static Spread perRunDifference(double[] a, double[] b) {
        double[] differences = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            differences[i] = a[i] - b[i];
        }
        return Spread.of(differences);
    }

    /** {@code a[i] / b[i]}: ratios of runs taken one after the other. */
    static Spread perRun(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        return Spread.of(ratios);
    }
}
