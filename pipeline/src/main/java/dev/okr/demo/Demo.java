package dev.okr.demo;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.health.HealthReporter;
import dev.okr.infra.local.Directories;
import dev.okr.job.OkrJob;
import dev.okr.job.RunOptions;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.ValidationReport;
import dev.okr.simulator.Simulator;
import dev.okr.simulator.SimulatorProgress;
import dev.okr.status.InfluxQueryClient;
import dev.okr.status.InfluxQueryException;
import dev.okr.status.Scoreboard;
import dev.okr.status.ScoreboardRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code okr demo}: the whole product on this machine. It starts a Kafka broker and an influxd
 * ({@link DemoServers}), publishes a simulated product's history and then its live events, runs the
 * pipeline on the embedded MiniCluster with the example OKR files ({@link DemoOkrFiles}), and shows
 * the scoreboard of {@code okr status} as it moves. Stopping it (Ctrl-C, or the end of {@code
 * --duration}) stops every process it started and keeps their data for the next run.
 */
public final class Demo {

    /** The topic the simulated product publishes to; dead letters go to {@code events.dlq}. */
    public static final String TOPIC = "events";

    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";

    /** The InfluxDB database the demo's pipeline writes. */
    public static final String DATABASE = "okr";

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final String LOCK = "demo.pid";

    private final DemoSettings settings;
    private final PrintWriter out;
    private final Map<String, String> env;
    private final Clock clock;

    private final Object stopping = new Object();
    private final long startedNanos = System.nanoTime();
    private boolean stopped;
    private DemoState state;
    private DemoServers servers;
    private Simulator simulator;
    private Thread simulatorThread;
    private final AtomicReference<Throwable> simulatorFailure = new AtomicReference<>();
    private JobClient job;
    private List<String> keyResults = List.of();
    private Long firstScoresAfterMillis;

    public Demo(DemoSettings settings, PrintWriter out, Map<String, String> env, Clock clock) {
        this.settings = settings;
        this.out = out;
        this.env = env;
        this.clock = clock;
    }

    /**
     * Runs the demo until {@code --duration} ends or the JVM is asked to stop.
     *
     * @return 0 when it ran (with a duration: and every key result has a score), 1 otherwise
     */
    public int run() throws Exception {
        Path dir = settings.dir();
        Optional<Long> other = runningDemo(dir);
        if (other.isPresent()) {
            out.println(
                    "okr demo: a demo is already running from "
                            + dir
                            + " (pid "
                            + other.get()
                            + "); stop it with Ctrl-C in its terminal, or kill "
                            + other.get());
            return 1;
        }
        if (settings.reset()) {
            Directories.deleteRecursively(dir);
            out.println("okr demo: starting clean (deleted " + dir + ")");
        }
        Files.createDirectories(dir);
        write(dir.resolve(LOCK), Long.toString(ProcessHandle.current().pid()));
        Thread hook = new Thread(this::stop, "okr-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runLocked(dir);
        } finally {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C): the hook runs stop(), which is done.
                LOG.debug("shutdown in progress", e);
            }
        }
    }

    private int runLocked(Path dir) throws Exception {
        state = DemoState.loadOrFresh(dir, clock);
        boolean resumed = state.publishedThrough().isPresent();
        List<Path> okrs = DemoOkrFiles.write(dir.resolve("okrs"), state.periodStart());
        ValidationReport report = OkrFileLoader.validate(okrs);
        if (!report.isValid()) {
            report.problems().forEach(out::println);
            out.println("okr demo: the example OKR files do not validate; nothing was started.");
            return 1;
        }
        keyResults = OkrFileLoader.load(okrs).keyResults().stream().map(KeyResult::id).toList();
        out.println(
                "okr demo: starting Kafka and "
                        + (env.containsKey("OKR_INFLUX_URL") ? "the pipeline" : "InfluxDB")
                        + " on 127.0.0.1; data in "
                        + dir);
        out.flush();
        servers = DemoServers.start(dir, env);
        KafkaClientSettings kafka = KafkaClientSettings.plaintext(servers.kafkaBootstrap());
        startSimulator(kafka, resumed);
        job = OkrJob.start(runOptions(dir, okrs), env);
        printGuide(resumed);
        try (TopicCounts topics = new TopicCounts(kafka)) {
            return watch(topics);
        }
    }

    private void startSimulator(KafkaClientSettings kafka, boolean resumed) {
        Simulator.Builder builder =
                Simulator.builder()
                        .kafka(kafka)
                        .topic(TOPIC)
                        .partitions(2)
                        .from(state.historyFrom())
                        .eventsPerSecond(settings.historyRate())
                        .liveEventsPerSecond(settings.liveRate())
                        .malformedShare(settings.malformedShare())
                        .users(settings.users())
                        .seed(settings.seed())
                        .clock(clock);
        state.publishedThrough().ifPresent(builder::publishAfter);
        simulator = builder.build();
        simulatorThread =
                new Thread(
                        () -> {
                            try {
                                simulator.publish();
                            } catch (RuntimeException e) {
                                simulatorFailure.set(e);
                                LOG.error("the simulated product stopped publishing", e);
                            }
                        },
                        "okr-demo-simulator");
        simulatorThread.setDaemon(true);
        simulatorThread.start();
        out.println(
                resumed
                        ? "okr demo: the simulated product goes on from "
                                + state.publishedThrough().get()
                        : "okr demo: publishing "
                                + DemoState.HISTORY.toDays()
                                + " days of a simulated product's history, then live events");
    }

    private RunOptions runOptions(Path dir, List<Path> okrs) {
        RunHolder holder = new RunHolder();
        List<String> args = new ArrayList<>();
        args.add("--okrs");
        okrs.forEach(p -> args.add(p.toString()));
        args.addAll(
                List.of(
                        "--kafka-bootstrap",
                        servers.kafkaBootstrap(),
                        "--topic",
                        TOPIC,
                        "--influx-url",
                        servers.influxUrl(),
                        "--influx-db",
                        DATABASE,
                        "--parallelism",
                        Integer.toString(settings.parallelism()),
                        "--checkpoint-dir",
                        dir.resolve("checkpoints").toUri().toString()));
        Optional<Path> restore = RetainedCheckpoints.latest(dir.resolve("checkpoints"));
        if (restore.isPresent()) {
            args.addAll(List.of("--restore-from", restore.get().toUri().toString()));
            out.println("okr demo: the pipeline goes on from its checkpoint " + restore.get());
        }
        new CommandLine(holder).parseArgs(args.toArray(String[]::new));
        return holder.options;
    }

    /** Picocli fills {@link RunOptions} with their defaults and environment variables. */
    @Command(name = "demo-run")
    static final class RunHolder {
        @Mixin RunOptions options;
    }

    private void printGuide(boolean resumed) {
        Path provisioning =
                settings.repository()
                        .map(r -> r.resolve("dashboards/provisioning"))
                        .orElse(Path.of("dashboards/provisioning"));
        out.println();
        out.println("The pipeline runs. In Grafana, the same data:");
        out.println("  provision " + provisioning + " (see docs/dashboards.md) with");
        out.println(
                "  OKR_INFLUX_URL="
                        + servers.influxUrl()
                        + " OKR_INFLUX_DB="
                        + DATABASE
                        + " in Grafana's environment.");
        out.println(
                "Dead letters (the simulated malformed records): topic "
                        + DEAD_LETTER_TOPIC
                        + " on "
                        + servers.kafkaBootstrap()
                        + ".");
        out.println(
                "Ctrl-C stops the demo and every process it started; the data stays in "
                        + settings.dir()
                        + " for the next ./okr demo (--reset starts clean).");
        out.println();
        out.flush();
    }

    private int watch(TopicCounts topics) throws InterruptedException {
        InfluxQueryClient influx = new InfluxQueryClient(servers.influxUrl(), DATABASE, env);
        long end = settings.duration().map(d -> startedNanos + d.toNanos()).orElse(Long.MAX_VALUE);
        Optional<Scoreboard> board = Optional.empty();
        long lastLine = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            Thread.sleep(
                    Math.min(settings.refresh().toMillis(), Math.max(1, (end - now) / 1_000_000)));
            if (jobStatus().equals("failed")) {
                out.println(
                        "okr demo: the pipeline failed (details in "
                                + System.getProperty("okr.log.file", "okr.log")
                                + "); ./okr demo --reset starts clean.");
                return 1;
            }
            Throwable failed = simulatorFailure.get();
            if (failed != null) {
                out.println("okr demo: the simulated product stopped: " + failed.getMessage());
                return 1;
            }
            try {
                board = Scoreboard.load(influx, Optional.empty(), Optional.empty());
            } catch (InfluxQueryException e) {
                out.println("okr demo: could not read the scoreboard: " + e.getMessage());
                LOG.warn("could not read the scoreboard", e);
            }
            if (firstScoresAfterMillis == null && board.map(Demo::anyScore).orElse(false)) {
                firstScoresAfterMillis = (System.nanoTime() - startedNanos) / 1_000_000;
            }
            String status = statusLine(topics, board);
            if (settings.tty()) {
                out.print("\u001b[H\u001b[2J");
                board.ifPresentOrElse(
                        b -> out.print(ScoreboardRenderer.render(b, settings.colour())),
                        () -> out.println("Waiting for the first scores..."));
                out.println();
                out.println(status);
                out.println("Ctrl-C stops the demo; its data stays in " + settings.dir() + ".");
                out.flush();
            } else if (now - lastLine >= TimeUnit.SECONDS.toNanos(10)) {
                out.println(status);
                out.flush();
                lastLine = now;
            }
        }
        out.println();
        board.ifPresent(b -> out.print(ScoreboardRenderer.render(b, false)));
        out.println(
                String.format(
                        "okr demo: published %,d events, %,d of them malformed; %,d dead letters in %s.",
                        simulator.progress().records(),
                        simulator.progress().malformed(),
                        topics.records(DEAD_LETTER_TOPIC),
                        DEAD_LETTER_TOPIC));
        if (firstScoresAfterMillis != null) {
            out.println(
                    String.format(
                            "okr demo: the first scores were readable %.0f s after the start.",
                            firstScoresAfterMillis / 1000.0));
        }
        List<String> unscored = unscored(board);
        if (unscored.isEmpty()) {
            out.println(
                    "okr demo: every key result of the examples has a score ("
                            + keyResults.size()
                            + ").");
            return 0;
        }
        out.println(
                "okr demo: "
                        + unscored.size()
                        + " key results have no score yet: "
                        + String.join(", ", unscored));
        return 1;
    }

    private static boolean anyScore(Scoreboard board) {
        return board.keyResults().stream().anyMatch(kr -> kr.score() != null);
    }

    private List<String> unscored(Optional<Scoreboard> board) {
        List<String> scored =
                board.map(
                                b ->
                                        b.keyResults().stream()
                                                .filter(kr -> kr.score() != null)
                                                .map(Scoreboard.KeyResultLine::id)
                                                .toList())
                        .orElse(List.of());
        return keyResults.stream().filter(id -> !scored.contains(id)).toList();
    }

    private String statusLine(TopicCounts topics, Optional<Scoreboard> board)
            throws InterruptedException {
        SimulatorProgress progress = simulator.progress();
        StringBuilder line = new StringBuilder();
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000;
        line.append(String.format("%d:%02d  ", seconds / 60, seconds % 60));
        line.append(String.format("published %,d events", progress.records()));
        line.append(progress.live() ? " (live)" : " (history)");
        try {
            line.append(String.format(", %,d dead letters", topics.records(DEAD_LETTER_TOPIC)));
        } catch (IllegalStateException e) {
            LOG.warn("could not count dead letters", e);
        }
        long scored = keyResults.size() - unscored(board).size();
        line.append(String.format(" · %d of %d key results scored", scored, keyResults.size()));
        if (firstScoresAfterMillis != null) {
            line.append(String.format(" (first after %.0f s)", firstScoresAfterMillis / 1000.0));
        }
        line.append(" · job ").append(jobStatus());
        line.append(" · memory okr ");
        ProcessMemory.residentBytes(ProcessHandle.current().pid())
                .ifPresent(b -> line.append(ProcessMemory.format(b)));
        servers.pids()
                .forEach(
                        (name, pid) ->
                                ProcessMemory.residentBytes(pid)
                                        .ifPresent(
                                                b ->
                                                        line.append(", ")
                                                                .append(name)
                                                                .append(' ')
                                                                .append(ProcessMemory.format(b))));
        return line.toString();
    }

    private String jobStatus() {
        try {
            JobStatus status = job.getJobStatus().get(5, TimeUnit.SECONDS);
            return status.name().toLowerCase();
        } catch (Exception e) {
            LOG.warn("could not read the job's status", e);
            return "unknown";
        }
    }

    /** Stops the simulator, the job and the servers, once; keeps their data. */
    private void stop() {
        synchronized (stopping) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (simulatorThread != null) {
                simulatorThread.interrupt();
                try {
                    simulatorThread.join(TimeUnit.SECONDS.toMillis(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Optional<Instant> through = simulator.progress().latestEventTime();
                if (through.isPresent()) {
                    state = state.publishedThrough(through.get());
                }
                state.save(settings.dir());
            }
            if (job != null) {
                try {
                    job.cancel().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // The MiniCluster may already be shutting down with the JVM; the job ends
                    // with it either way.
                    LOG.warn("could not cancel the pipeline's job", e);
                }
                RetainedCheckpoints.deleteAllBut(
                        settings.dir().resolve("checkpoints"), job.getJobID().toString());
            }
            // The pipeline's health meters send a last report on close: while InfluxDB is up.
            HealthReporter.stopAll();
            if (servers != null) {
                servers.close();
            }
            try {
                Files.deleteIfExists(settings.dir().resolve(LOCK));
            } catch (IOException e) {
                LOG.warn("could not delete the demo's lock file", e);
            }
            if (servers != null) {
                out.println(
                        "okr demo: stopped; the data stays in "
                                + settings.dir()
                                + " (./okr demo goes on, ./okr demo --reset starts clean).");
                out.flush();
            }
        }
    }

    /** The PID of another demo running from {@code dir}, when there is one. */
    private static Optional<Long> runningDemo(Path dir) throws IOException {
        Path lock = dir.resolve(LOCK);
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).trim());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .map(ProcessHandle::pid);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
