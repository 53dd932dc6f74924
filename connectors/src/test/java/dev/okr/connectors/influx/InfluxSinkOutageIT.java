package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.okr.infra.local.LocalInflux;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * influxd stops in the middle of a run and comes back 30 s later on the same port and data
 * directory: the job keeps running (its sink retries and backpressures), and in the end every point
 * is there exactly once.
 */
class InfluxSinkOutageIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    private static final long POINTS = 80_000;
    private static final long POINTS_PER_SECOND = 4_000;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void anInfluxdStoppedForThirtySecondsMidRunLosesNoPointAndAddsNone() throws Exception {
        Path dataDir = Files.createTempDirectory("okr-influx-outage-");
        LocalInflux restarted = null;
        try {
            LocalInflux influx = LocalInflux.builder().dataDir(dataDir).start();
            int port = influx.httpPort();
            InfluxQueries queries = new InfluxQueries(influx.url());
            queries.query("CREATE DATABASE outage");
            JobClient job = startJob(influx.url());

            await().atMost(Duration.ofMinutes(2)).until(() -> count(queries) >= POINTS / 5);
            influx.close(); // SIGTERM by PID; the data directory stays
            long stoppedAt = System.nanoTime();

            await().atMost(OUTAGE)
                    .untilAsserted(() -> assertThat(retries()).as("retrying").isGreaterThan(2));
            // The outage itself is what is under test: it lasts its full length.
            TimeUnit.NANOSECONDS.sleep(
                    Math.max(0, OUTAGE.toNanos() - (System.nanoTime() - stoppedAt)));
            assertThat(job.getJobStatus().get()).as("still running").isEqualTo(JobStatus.RUNNING);

            restarted = LocalInflux.builder().dataDir(dataDir).httpPort(port).start();
            job.getJobExecutionResult().get(3, TimeUnit.MINUTES);

            InfluxQueries after = new InfluxQueries(restarted.url());
            assertThat(count(after)).as("no point lost, none extra").isEqualTo(POINTS);
            assertThat(after.number("SELECT sum(\"value\") FROM outage.autogen.kr_reading"))
                    .isEqualTo(KrPoints.checksum(POINTS));
        } finally {
            if (restarted != null) {
                restarted.close();
            }
            deleteRecursively(dataDir);
        }
    }

    private static JobClient startJob(String url) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.enableCheckpointing(1_000);
        env.fromSource(
                        new DataGeneratorSource<>(
                                i -> i,
                                POINTS,
                                RateLimiterStrategy.perSecond(POINTS_PER_SECOND),
                                Types.LONG),
                        WatermarkStrategy.noWatermarks(),
                        "readings")
                .sinkTo(
                        InfluxSink.<Long>builder()
                                .setUrl(url)
                                .setDatabase("outage")
                                .setSerializer(KrPoints::point)
                                .setBackoff(Duration.ofMillis(100), Duration.ofSeconds(2))
                                .setMeterRegistry(() -> METERS)
                                .setMeterPrefix("outage")
                                .build());
        return env.executeAsync("outage");
    }

    private static long count(InfluxQueries queries) throws Exception {
        return queries.number("SELECT count(\"value\") FROM outage.autogen.kr_reading");
    }

    private static double retries() {
        return METERS.find("outage.retries").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static void deleteRecursively(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
