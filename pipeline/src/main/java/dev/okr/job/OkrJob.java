package dev.okr.job;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.InfluxSink;
import dev.okr.connectors.influx.InfluxSinkBuilder;
import dev.okr.job.ingest.EventIngestion;
import dev.okr.job.ingest.IngestedEvents;
import dev.okr.job.ingest.IngestionOptions;
import dev.okr.metric.MetricPlan;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The OKR pipeline job: validated OKR files, Kafka in, InfluxDB out, checkpoints on. {@code okr
 * run} runs it on the embedded MiniCluster; this class's {@code main} is the entry point of the job
 * jar, for a Flink cluster ({@code flink run okr-pipeline-job.jar --okrs ...} or the REST {@code
 * /jars/<id>/run}), with the same options. It never calls {@code System.exit}, which would end the
 * JobManager that runs it.
 */
@Command(name = "okr-job", mixinStandardHelpOptions = true)
public final class OkrJob implements Runnable {

    @Mixin RunOptions options;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new OkrJob());
        int exitCode = commandLine.execute(args);
        if (exitCode != 0) {
            throw new IllegalStateException("okr-job ended with exit code " + exitCode);
        }
    }

    @Override
    public void run() {
        try {
            execute(options, System.getenv());
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Loads the OKR files, builds the job in the current execution environment (the cluster's, or a
     * local MiniCluster) and runs it: until the as-of instant's data is written in a bounded run,
     * for ever in a live one.
     *
     * @throws dev.okr.okrfile.InvalidOkrFileException when the OKR files are not valid
     * @throws IllegalArgumentException when an option is not valid
     */
    public static JobExecutionResult execute(RunOptions options, Map<String, String> environment)
            throws Exception {
        Prepared job = prepare(options, environment);
        return job.env.execute(job.name);
    }

    /**
     * Like {@link #execute} but returns once the job is submitted, with its client to wait for it
     * or cancel it (a live run never ends by itself).
     */
    public static JobClient start(RunOptions options, Map<String, String> environment)
            throws Exception {
        Prepared job = prepare(options, environment);
        return job.env.executeAsync(job.name);
    }

    private record Prepared(StreamExecutionEnvironment env, String name) {}

    private static Prepared prepare(RunOptions options, Map<String, String> environment)
            throws Exception {
        if (options.okrs == null || options.okrs.isEmpty()) {
            throw new IllegalArgumentException(
                    "no OKR files given: pass --okrs FILE... or set OKR_OKRS");
        }
        OkrSet okrs = OkrFileLoader.load(options.okrs);
        Optional<Instant> asOf = asOf(options.asOf);
        MetricPlan plan = MetricPlan.compile(okrs, asOf);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(
                        configuration(options, asOf.isPresent()));
        env.setParallelism(options.parallelism);
        IngestionOptions.Builder ingestion =
                options.ingestion(environment).startAt(plan.readFrom());
        IngestedEvents events = EventIngestion.attach(env, ingestion.build());
        Duration liveInterval =
                options.liveInterval == null ? OkrPipeline.LIVE_INTERVAL : options.liveInterval;
        new OkrPipeline(plan, IngestionOptions.ALLOWED_LATENESS, liveInterval)
                .points(events.events())
                .sinkTo(sink(options, environment))
                .name("influx")
                .uid("influx");
        return new Prepared(env, "okr-pipeline " + okrs.period().name());
    }

    static Optional<Instant> asOf(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--as-of '" + value + "' is not an instant; write it like 2026-11-23T12:00:00Z",
                    e);
        }
    }

    private static Configuration configuration(RunOptions options, boolean bounded) {
        Configuration conf = new Configuration();
        if (options.checkpointInterval != null && !options.checkpointInterval.isZero()) {
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, options.checkpointInterval);
        }
        // A checkpoint that fails now and then (a slow disk) must not restart the job.
        conf.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, 3);
        if (bounded) {
            // A bounded run that keeps failing should end with its cause, not retry for ever.
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
            conf.set(
                    RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY,
                    Duration.ofSeconds(2));
        } else {
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
            conf.set(
                    RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF,
                    Duration.ofSeconds(1));
            conf.set(
                    RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,
                    Duration.ofMinutes(2));
        }
        // A cancelled run (Ctrl-C) keeps its last checkpoint, so that it can go on from there.
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (options.restoreFrom != null && !options.restoreFrom.isBlank()) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, options.restoreFrom);
        }
        if (options.checkpointDir != null && !options.checkpointDir.isBlank()) {
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, options.checkpointDir);
        }
        switch (options.stateBackend) {
            case "hashmap" -> conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
            case "rocksdb" -> {
                conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
                conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
            }
            default ->
                    throw new IllegalArgumentException(
                            "--state-backend is hashmap or rocksdb, not " + options.stateBackend);
        }
        return conf;
    }

    /** The InfluxDB sink, with credentials from the environment only. */
    static InfluxSink<InfluxPoint> sink(RunOptions options, Map<String, String> env) {
        InfluxSinkBuilder<InfluxPoint> builder =
                InfluxSink.<InfluxPoint>builder()
                        .setUrl(options.influxUrl)
                        .setDatabase(options.influxDb)
                        .setCreateDatabase(true)
                        .setSerializer(point -> point)
                        // One request at a time, so points land in the order they were made: an
                        // objective is written again at the same instant after each of its key
                        // results' readings, and only ordered writes leave the last value.
                        .setMaxInFlightRequests(1)
                        .setMeterPrefix("okr.pipeline.sink");
        String token = env.get("OKR_INFLUX_TOKEN");
        String user = env.get("OKR_INFLUX_USER");
        if (token != null && !token.isBlank()) {
            builder.setToken(token);
        } else if (user != null && !user.isBlank()) {
            builder.setCredentials(user, env.getOrDefault("OKR_INFLUX_PASSWORD", ""));
        }
        return builder.build();
    }
}
