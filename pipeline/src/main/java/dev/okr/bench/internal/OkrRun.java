package dev.okr.bench.internal;

import dev.okr.job.OkrJob;
import dev.okr.job.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The pipeline as {@code okr run} runs it, with the options given as on its command line: bounded
 * ({@code --as-of}) for throughput, or live for freshness. A bounded run's rate is its records over
 * the job's net run time (from submission to the last point acknowledged by InfluxDB), so it
 * includes the job's start-up of a second or two: a conservative figure.
 */
public final class OkrRun {

    /** Where a run reads and writes. */
    public record Target(String bootstrap, String topic, String influxUrl, String database) {}

    /**
     * One bounded run.
     *
     * @param records the records on the topic, counted in the rate
     * @param stateBytes the largest completed checkpoint, 0 without checkpoints
     * @param cpuSeconds the CPU time this JVM spent while the job ran (all its threads, the job's
     *     start and end, JIT and garbage collection included; the broker and InfluxDB are other
     *     processes)
     * @param threadCpuSeconds the same by kind of thread ({@link ThreadCpu})
     */
    public record Result(
            long records,
            double seconds,
            long stateBytes,
            double cpuSeconds,
            Map<ThreadCpu.Kind, Double> threadCpuSeconds) {
        public double recordsPerSecond() {
            return records / seconds;
        }

        /**
         * Records per second of CPU time: the work a run did, without the time it waited for a
         * core. It still moves with whatever else shares the cores and their caches.
         */
        public double recordsPerCpuSecond() {
            return records / cpuSeconds;
        }

        /**
         * The CPU seconds of one kind of thread. The job's own ({@link ThreadCpu.Kind#OTHER}) are
         * the JVM's total less the other kinds, so that threads that ended between two samples
         * count in full.
         */
        public double cpuSecondsOf(ThreadCpu.Kind kind) {
            if (kind != ThreadCpu.Kind.OTHER) {
                return threadCpuSeconds.get(kind);
            }
            double known = 0;
            for (ThreadCpu.Kind k : ThreadCpu.Kind.values()) {
                known += k == ThreadCpu.Kind.OTHER ? 0 : threadCpuSeconds.get(k);
            }
            return cpuSeconds - known;
        }
    }

    @Command(name = "okr-bench-run")
    static final class Arguments {
        @Mixin RunOptions options;
    }

    private OkrRun() {}

    /** Runs the pipeline over the whole topic up to {@code asOf} and waits for it to end. */
    public static Result bounded(
            Target target,
            List<Path> okrs,
            Instant asOf,
            int parallelism,
            Duration checkpointInterval,
            long records,
            Path workDir)
            throws Exception {
        Path checkpoints = Files.createTempDirectory(workDir, "checkpoints-");
        RunOptions options = options(target, okrs, parallelism, checkpointInterval, checkpoints);
        options.asOf = asOf.toString();
        // The runs before left their jobs' state to the collector: collected now, it is not
        // charged to this run, which starts as a job on a JVM of its own would, with the heap
        // holding nothing of another job.
        System.gc();
        try (CheckpointSizes sizes = new CheckpointSizes(checkpoints);
                ThreadCpu threads = ThreadCpu.start()) {
            long cpuBefore = Measured.processCpuNanos();
            JobExecutionResult result = OkrJob.execute(options, Map.of());
            double cpuSeconds = (Measured.processCpuNanos() - cpuBefore) / 1e9;
            Map<ThreadCpu.Kind, Double> byKind = threads.stop();
            double seconds = result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0;
            return new Result(records, seconds, sizes.largest(), cpuSeconds, byKind);
        }
    }

    /** Starts the pipeline live; the caller cancels it. */
    public static JobClient live(
            Target target, List<Path> okrs, Duration liveInterval, Path workDir) throws Exception {
        Path checkpoints = Files.createTempDirectory(workDir, "checkpoints-");
        RunOptions options = options(target, okrs, 1, Duration.ofSeconds(30), checkpoints);
        options.liveInterval = liveInterval;
        return OkrJob.start(options, Map.of());
    }

    private static RunOptions options(
            Target target,
            List<Path> okrs,
            int parallelism,
            Duration checkpointInterval,
            Path checkpoints) {
        List<String> args = new ArrayList<>();
        args.add("--okrs");
        okrs.forEach(p -> args.add(p.toString()));
        args.addAll(
                List.of(
                        "--kafka-bootstrap", target.bootstrap(),
                        "--topic", target.topic(),
                        "--influx-url", target.influxUrl(),
                        "--influx-db", target.database(),
                        "--parallelism", Integer.toString(parallelism),
                        "--checkpoint-interval", checkpointInterval.toMillis() + "ms",
                        "--checkpoint-dir", checkpoints.toUri().toString(),
                        "--state-backend", "hashmap"));
        return CommandLine.populateCommand(new Arguments(), args.toArray(String[]::new)).options;
    }
}
