package dev.okr.job;

import dev.okr.health.HealthSettings;
import dev.okr.job.ingest.DedupState;
import dev.okr.job.ingest.IngestionOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a pipeline run, shared by {@code okr run} (embedded Flink) and {@link OkrJob} (a
 * Flink cluster). Each may also come from its {@code OKR_...} environment variable; credentials are
 * read from the environment only, never from the command line.
 */
public final class RunOptions {

    @Option(
            names = "--okrs",
            arity = "1..*",
            split = ",",
            defaultValue = "${env:OKR_OKRS}",
            description = "OKR files (env OKR_OKRS, comma-separated).")
    public List<Path> okrs;

    @Mixin public KafkaConnectionOptions kafka = new KafkaConnectionOptions();

    @Option(
            names = "--topic",
            defaultValue = "${env:OKR_TOPIC:-events}",
            description = "Topic of the product events (env OKR_TOPIC). Default: ${DEFAULT-VALUE}.")
    public String topic;

    @Option(
            names = "--influx-url",
            defaultValue = "${env:OKR_INFLUX_URL:-http://127.0.0.1:8086}",
            description = "InfluxDB base URL (env OKR_INFLUX_URL). Default: ${DEFAULT-VALUE}.")
    public String influxUrl;

    @Option(
            names = "--influx-db",
            defaultValue = "${env:OKR_INFLUX_DB:-okr}",
            description = "InfluxDB database (env OKR_INFLUX_DB). Default: ${DEFAULT-VALUE}.")
    public String influxDb;

    @Option(
            names = "--as-of",
            defaultValue = "${env:OKR_AS_OF}",
            description =
                    "Bounded run: evaluate as of this instant (ISO-8601), then stop (env OKR_AS_OF).")
    public String asOf;

    @Option(
            names = "--parallelism",
            defaultValue = "${env:OKR_PARALLELISM:-1}",
            description =
                    "Parallelism of the job (env OKR_PARALLELISM). Default: ${DEFAULT-VALUE}.")
    public int parallelism;

    @Option(
            names = "--checkpoint-interval",
            defaultValue = "${env:OKR_CHECKPOINT_INTERVAL:-30s}",
            converter = DurationConverter.class,
            description =
                    "How often the job checkpoints, e.g. 30s or 5m; 0s for never (no recovery after a failure) (env OKR_CHECKPOINT_INTERVAL). Default: ${DEFAULT-VALUE}.")
    public java.time.Duration checkpointInterval;

    @Option(
            names = "--live-interval",
            defaultValue = "${env:OKR_LIVE_INTERVAL:-10s}",
            converter = DurationConverter.class,
            description =
                    "In a live run, how often each key result is read and written between its fixed instants, e.g. 1s or 10s: how fresh the dashboard is, against how many points are written (env OKR_LIVE_INTERVAL). Default: ${DEFAULT-VALUE}.")
    public java.time.Duration liveInterval;

    @Option(
            names = "--checkpoint-dir",
            defaultValue = "${env:OKR_CHECKPOINT_DIR}",
            description =
                    "Where checkpoints are kept, e.g. file:///var/lib/okr/checkpoints or s3://... (env OKR_CHECKPOINT_DIR). Default: okr run keeps them under $OKR_HOME/checkpoints (OKR_HOME defaults to .okr); on a cluster, the cluster's setting.")
    public String checkpointDir;

    @Option(
            names = "--state-backend",
            defaultValue = "${env:OKR_STATE_BACKEND:-hashmap}",
            description =
                    "hashmap (state on the heap) or rocksdb (on disk, incremental checkpoints; for large user bases) (env OKR_STATE_BACKEND). Default: ${DEFAULT-VALUE}.")
    public String stateBackend;

    @Option(
            names = "--restore-from",
            defaultValue = "${env:OKR_RESTORE_FROM}",
            description =
                    "Go on from this checkpoint or savepoint (a chk-N or savepoint directory, e.g. under $OKR_HOME/checkpoints): a stopped run keeps its last checkpoint (env OKR_RESTORE_FROM).")
    public String restoreFrom;

    /**
     * Ingestion options from these run options: Kafka connection and topic, the as-of instant of a
     * bounded run, and health published to the same InfluxDB. The caller adds the start instant
     * (the period start minus the longest lookback of the metrics).
     *
     * @param env where Kafka secrets come from: {@code System.getenv()}
     * @throws java.time.format.DateTimeParseException when {@code --as-of} is not an ISO-8601
     *     instant
     */
    public IngestionOptions.Builder ingestion(Map<String, String> env) {
        return IngestionOptions.builder(kafka.settings(env), topic)
                .asOf(asOf == null || asOf.isBlank() ? null : Instant.parse(asOf))
                .dedupState(DedupState.forBackend(stateBackend))
                .health(HealthSettings.influx(influxUrl, influxDb));
    }
}
