package dev.okr.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.OkrCli;
import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.infra.cluster.LocalFlinkCluster;
import dev.okr.simulator.Simulator;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job jar on a real Flink standalone cluster (a JobManager and a TaskManager in their own JVMs,
 * the jar uploaded and run through the REST API) writes exactly the points {@code okr run} writes
 * on the embedded MiniCluster: one code base, the identical job.
 */
@ExtendWith(LocalServersExtension.class)
class JobJarOnClusterIT {

    private static final Instant AS_OF = Instant.parse("2026-11-10T12:00:00Z");

    private static Path jobJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "pipeline", "target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-job.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the job jar was not built"))
                    .toAbsolutePath();
        }
    }

    private static String okrFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> p.toAbsolutePath().normalize().toString())
                    .sorted()
                    .collect(Collectors.joining(","));
        }
    }

    private static List<String> args(TestKafka kafka, String topic, TestInflux influx, String db)
            throws Exception {
        return new ArrayList<>(
                List.of(
                        "--okrs", okrFiles(),
                        "--kafka-bootstrap", kafka.bootstrapServers(),
                        "--topic", topic,
                        "--influx-url", influx.url(),
                        "--influx-db", db,
                        "--as-of", AS_OF.toString(),
                        "--parallelism", "2"));
    }

    /** The rows of {@code a} that {@code b} lacks, as text, at most 5. */
    private static List<String> difference(
            List<Map<String, Object>> a, List<Map<String, Object>> b) {
        java.util.Set<String> other = b.stream().map(Object::toString).collect(Collectors.toSet());
        return a.stream().map(Object::toString).filter(r -> !other.contains(r)).limit(5).toList();
    }

    @Test
    void theJobJarOnAClusterWritesThePointsOkrRunWrites(TestKafka kafka, TestInflux influx)
            throws Exception {
        String topic = kafka.createTopic(2);
        kafka.deleteAfterTest(topic + ".dlq");
        Simulator.builder()
                .kafka(KafkaClientSettings.plaintext(kafka.bootstrapServers()))
                .topic(topic)
                .from(Instant.parse("2026-08-15T00:00:00Z"))
                .to(AS_OF)
                .count(60_000)
                .users(500)
                .malformedShare(0.01)
                .seed(3)
                .build()
                .publish();
        String onCluster = influx.createDatabase();
        String embedded = influx.createDatabase();

        try (LocalFlinkCluster cluster = LocalFlinkCluster.start(2)) {
            String job = cluster.submit(jobJar(), args(kafka, topic, influx, onCluster), 2);
            assertThat(cluster.awaitTermination(job, Duration.ofMinutes(5))).isEqualTo("FINISHED");
        }
        List<String> run = new ArrayList<>(List.of("run"));
        run.addAll(args(kafka, topic, influx, embedded));
        assertThat(OkrCli.commandLine().execute(run.toArray(String[]::new))).isZero();

        for (String measurement : List.of("okr_kr", "okr_objective", "okr_metric", "okr_grade")) {
            List<Map<String, Object>> cluster =
                    influx.rows(onCluster, "SELECT * FROM " + measurement);
            List<Map<String, Object>> local = influx.rows(embedded, "SELECT * FROM " + measurement);
            assertThat(cluster).as(measurement + " written on the cluster").isNotEmpty();
            assertThat(difference(cluster, local))
                    .as(
                            "%s points the cluster wrote and okr run did not; okr run wrote instead %s",
                            measurement, difference(local, cluster))
                    .isEmpty();
        }
    }
}
