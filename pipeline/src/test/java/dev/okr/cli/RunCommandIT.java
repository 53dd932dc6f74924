package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.simulator.Simulator;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okr run --as-of} end to end: the example OKR files, simulated events in a real Kafka
 * broker, the pipeline on the embedded MiniCluster, points in a real influxd.
 */
@ExtendWith(LocalServersExtension.class)
class RunCommandIT {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Instant AS_OF = Instant.parse("2026-11-10T12:00:00Z");
    private static List<Path> okrFiles;

    @BeforeAll
    static void exampleFiles() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            okrFiles = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(okrFiles).as("the example OKR files").isNotEmpty();
    }

    private static void simulate(TestKafka kafka, String topic) {
        Simulator.builder()
                .kafka(KafkaClientSettings.plaintext(kafka.bootstrapServers()))
                .topic(topic)
                .from(Instant.parse("2026-08-15T00:00:00Z"))
                .to(AS_OF)
                .count(120_000)
                .users(800)
                .malformedShare(0.01)
                .seed(7)
                .build()
                .publish();
    }

    private static int run(
            TestKafka kafka,
            String topic,
            TestInflux influx,
            String db,
            StringWriter err,
            String... more) {
        var cli = OkrCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        String okrs = okrFiles.stream().map(Path::toString).collect(Collectors.joining(","));
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "run",
                                "--okrs",
                                okrs,
                                "--kafka-bootstrap",
                                kafka.bootstrapServers(),
                                "--topic",
                                topic,
                                "--influx-url",
                                influx.url(),
                                "--influx-db",
                                db,
                                "--as-of",
                                AS_OF.toString(),
                                "--parallelism",
                                "2"));
        args.addAll(List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    /** The rows of {@code a} that {@code b} lacks, as text. */
    private static List<String> difference(
            List<Map<String, Object>> a, List<Map<String, Object>> b) {
        Set<String> other = b.stream().map(Object::toString).collect(Collectors.toSet());
        return a.stream().map(Object::toString).filter(r -> !other.contains(r)).limit(20).toList();
    }

    @Test
    void writesEveryKeyResultAndObjectiveAndTheSamePointsWhenRunAgainOnRocksDb(
            TestKafka kafka, TestInflux influx, @TempDir Path checkpoints) throws Exception {
        String topic = kafka.createTopic(2);
        simulate(kafka, topic);
        String first = influx.createDatabase();
        String second = influx.createDatabase();
        StringWriter err = new StringWriter();

        assertThat(run(kafka, topic, influx, first, err)).as(err.toString()).isZero();
        // The second run keeps its state in RocksDB and checkpoints it often: the same points.
        assertThat(
                        run(
                                kafka,
                                topic,
                                influx,
                                second,
                                err,
                                "--state-backend",
                                "rocksdb",
                                "--checkpoint-interval",
                                "2s",
                                "--checkpoint-dir",
                                checkpoints.toUri().toString()))
                .as(err.toString())
                .isZero();

        OkrSet okrs = OkrFileLoader.load(okrFiles);
        Set<Object> keyResults =
                influx.rows(first, "SHOW TAG VALUES FROM okr_kr WITH KEY = \"kr\"").stream()
                        .map(r -> r.get("value"))
                        .collect(Collectors.toSet());
        assertThat(keyResults)
                .containsExactlyInAnyOrderElementsOf(
                        okrs.keyResults().stream().map(kr -> (Object) kr.id()).toList());
        Set<Object> objectives =
                influx
                        .rows(first, "SHOW TAG VALUES FROM okr_objective WITH KEY = \"objective\"")
                        .stream()
                        .map(r -> r.get("value"))
                        .collect(Collectors.toSet());
        assertThat(objectives).hasSize(okrs.objectives().size());

        for (String measurement : List.of("okr_kr", "okr_objective", "okr_metric", "okr_grade")) {
            List<Map<String, Object>> a = influx.rows(first, "SELECT * FROM " + measurement);
            List<Map<String, Object>> b = influx.rows(second, "SELECT * FROM " + measurement);
            assertThat(a).as(measurement + " points").isNotEmpty();
            assertThat(b).as("second run's %s points; its log: %s", measurement, err).isNotEmpty();
            List<String> onlyFirst = difference(a, b);
            assertThat(onlyFirst)
                    .as(
                            "a second run from scratch writes the same %s points; it has %s instead",
                            measurement, difference(b, a).stream().limit(3).toList())
                    .isEmpty();
        }
        List<Map<String, Object>> early =
                influx.rows(first, "SELECT * FROM okr_kr WHERE time < '2026-09-30T22:00:00Z'");
        assertThat(early).as("no key result is read before the period starts").isEmpty();
        List<Map<String, Object>> asOfPoints =
                influx.rows(first, "SELECT * FROM okr_kr WHERE time = '" + AS_OF + "'");
        assertThat(asOfPoints)
                .as("the final points carry the as-of instant")
                .hasSize(okrs.keyResults().size());
    }
}
