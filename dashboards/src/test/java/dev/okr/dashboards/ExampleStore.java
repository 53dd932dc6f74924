package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.OkrCli;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.health.HealthReporter;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.simulator.Simulator;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real store for the dashboards to read: the example OKR files, simulated product events in a
 * real Kafka topic, and {@code okr run --as-of} writing to a real influxd, health meters included.
 * The sink writes through {@link FlakyInflux}, which fails its first writes so that it retries; one
 * point of {@code okr_metric} written as a string before the run makes InfluxDB reject that week's
 * metric points, so that the sink rejects lines. Both are what a dashboard of the sink's errors
 * must show.
 */
final class ExampleStore {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Instant HISTORY_FROM = Instant.parse("2026-08-15T00:00:00Z");
    static final Instant AS_OF = Instant.parse("2026-11-10T12:00:00Z");

    /** In the period's first week, far from the as-of instant the dashboards are read at. */
    static final Instant CONFLICT_AT = Instant.parse("2026-10-02T00:00:00Z");

    final OkrSet okrs;
    final String database;
    final int failedWrites;
    final Instant runStarted;
    private final TestInflux influx;

    private ExampleStore(
            OkrSet okrs, String database, int failedWrites, Instant runStarted, TestInflux influx) {
        this.okrs = okrs;
        this.database = database;
        this.failedWrites = failedWrites;
        this.runStarted = runStarted;
        this.influx = influx;
    }

    static List<Path> okrFiles() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Simulates, runs the pipeline as of {@link #AS_OF}, and publishes its last health meters. */
    static ExampleStore fill(TestKafka kafka, TestInflux influx) throws Exception {
        List<Path> files = okrFiles();
        String topic = kafka.createTopic(2);
        kafka.deleteAfterTest(topic + ".dlq");
        Simulator.builder()
                .kafka(KafkaClientSettings.plaintext(kafka.bootstrapServers()))
                .topic(topic)
                .from(HISTORY_FROM)
                .to(AS_OF)
                .count(120_000)
                .users(800)
                .malformedShare(0.01)
                .duplicateShare(0.01)
                .seed(7)
                .build()
                .publish();
        String database = influx.createDatabase();
        influx.write(
                database,
                "okr_metric,kr=conflict,period=2026-Q4,window=day value=\"not a number\" "
                        + CONFLICT_AT.toEpochMilli() * 1_000_000L);
        Instant started = Instant.now();
        try (FlakyInflux flaky = new FlakyInflux(influx.url(), 2)) {
            StringWriter err = new StringWriter();
            var cli = OkrCli.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int exit =
                    cli.execute(
                            "run",
                            "--okrs",
                            files.stream().map(Path::toString).collect(Collectors.joining(",")),
                            "--kafka-bootstrap",
                            kafka.bootstrapServers(),
                            "--topic",
                            topic,
                            "--influx-url",
                            flaky.url(),
                            "--influx-db",
                            database,
                            "--as-of",
                            AS_OF.toString(),
                            "--parallelism",
                            "2");
            HealthReporter.stopAll();
            assertThat(exit).as("okr run: %s", err).isZero();
            return new ExampleStore(
                    OkrFileLoader.load(files), database, flaky.failed(), started, influx);
        }
    }

    List<Map<String, Object>> rows(String influxql) {
        return influx.rows(database, influxql);
    }

    List<String> teams() {
        return okrs.objectives().stream().map(Objective::team).distinct().sorted().toList();
    }

    List<Objective> objectivesOf(String team) {
        return okrs.objectives().stream().filter(o -> o.team().equals(team)).toList();
    }

    /** The newest {@code okr_kr} point of every key result, by key result id. */
    Map<String, Map<String, Object>> newestKeyResultPoints() {
        return newest("SELECT * FROM \"okr_kr\" GROUP BY \"kr\" ORDER BY time DESC LIMIT 1", "kr");
    }

    /** The newest {@code okr_objective} point of every objective, by objective id. */
    Map<String, Map<String, Object>> newestObjectivePoints() {
        return newest(
                "SELECT * FROM \"okr_objective\" GROUP BY \"objective\" ORDER BY time DESC LIMIT 1",
                "objective");
    }

    private Map<String, Map<String, Object>> newest(String query, String key) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> row : rows(query)) {
            byId.put((String) row.get(key), row);
        }
        return byId;
    }

    List<String> keyResultIdsOf(Objective objective) {
        return objective.keyResults().stream().map(KeyResult::id).toList();
    }
}
