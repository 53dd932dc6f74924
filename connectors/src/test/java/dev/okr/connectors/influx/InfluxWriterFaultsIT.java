package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.connectors.influx.FaultInjector.Answer;
import dev.okr.connectors.influx.FaultInjector.Received;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sink's answers to failures that a real InfluxDB gives only by chance, injected by a local
 * HTTP server. Waits are measured on the injector's side, between the arrivals of two attempts.
 */
class InfluxWriterFaultsIT {

    /** Clock granularity and scheduling slack on the early side; waits are never shorter. */
    private static final long EARLY_TOLERANCE_MS = 25;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FaultInjector injector;

    InfluxWriterFaultsIT() throws Exception {
        injector = new FaultInjector();
    }

    @AfterEach
    void stopInjector() {
        injector.close();
    }

    @Test
    void waitsAtLeastWhatRetryAfterAsksInSecondsOrAsADate() throws Exception {
        injector.then(new Answer(503, Map.of("Retry-After", "2"), "{\"error\":\"overloaded\"}"));
        injector.otherwise(
                first -> {
                    if (injector.received().size() == 2) {
                        return new Answer(429, Map.of("Retry-After", twoSecondsAfter()), "");
                    }
                    return Answer.of(204);
                });

        try (SinkWriter<Long> writer = Writers.open(sink(Duration.ofMinutes(1)))) {
            for (long i = 0; i < 3; i++) {
                writer.write(i, Writers.NO_TIME);
            }
            writer.flush(true);
        }

        List<Received> attempts = injector.received();
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(1).arrivalMillis() - attempts.get(0).arrivalMillis())
                .as("503 with Retry-After: 2")
                .isGreaterThanOrEqualTo(2_000 - EARLY_TOLERANCE_MS)
                .isLessThan(2_000 + 5_000);
        assertThat(attempts.get(2).arrivalMillis())
                .as("429 with Retry-After at an HTTP date")
                .isGreaterThanOrEqualTo(retryDate.toEpochMilli() - EARLY_TOLERANCE_MS);
        assertThat(attempts)
                .as("the same lines each time")
                .extracting(Received::body)
                .containsOnly(attempts.get(0).body());
        assertThat(attempts.get(0).lines()).hasSize(3);
        assertThat(meters.get("faults.retries").tag("cause", "http-503").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("faults.retries").tag("cause", "http-429").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("faults.points.written").counter().count()).isEqualTo(3.0);
    }

    @Test
    void givesUpAfterTheMaxRetryTimeWithAMessageThatSaysWhy() throws Exception {
        injector.otherwise(r -> new Answer(503, Map.of(), "{\"error\":\"still starting\"}"));

        SinkWriter<Long> writer = Writers.open(sink(Duration.ofSeconds(1)));
        writer.write(1L, Writers.NO_TIME);

        assertThatThrownBy(() -> writer.flush(true))
                .hasMessageContaining("has not accepted a write to database \"faults\"")
                .hasMessageContaining("HTTP 503 still starting")
                .hasMessageContaining("max retry time of 1 s");
        assertThat(injector.received().size()).as("retried, but not forever").isBetween(2, 20);
        writer.close();
    }

    @Test
    void splitsABodyTooLargeUntilEachPartFitsAndLosesNoLine() throws Exception {
        injector.otherwise(r -> Answer.of(r.lines().size() > 2 ? 413 : 204));
        List<String> rejected = new ArrayList<>();

        try (SinkWriter<Long> writer =
                Writers.open(
                        sinkBuilder(Duration.ofMinutes(1))
                                .setRejectedLineHandler((line, status, why) -> rejected.add(line))
                                .build())) {
            for (long i = 0; i < 10; i++) {
                writer.write(i, Writers.NO_TIME);
            }
            writer.flush(true);
        }

        List<String> written =
                injector.received().stream()
                        .filter(r -> r.lines().size() <= 2)
                        .flatMap(r -> r.lines().stream())
                        .toList();
        assertThat(rejected).isEmpty();
        assertThat(written)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allSatisfy(line -> assertThat(line).startsWith(KrPoints.MEASUREMENT));
    }

    private Instant retryDate;

    /** An HTTP date at least two seconds ahead, on a whole second as the format requires. */
    private String twoSecondsAfter() {
        retryDate = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(retryDate.atOffset(ZoneOffset.UTC));
    }

    private InfluxSink<Long> sink(Duration maxRetryTime) {
        return sinkBuilder(maxRetryTime).build();
    }

    private InfluxSinkBuilder<Long> sinkBuilder(Duration maxRetryTime) {
        return InfluxSink.<Long>builder()
                .setUrl(injector.url())
                .setDatabase("faults")
                .setSerializer(KrPoints::point)
                .setBackoff(Duration.ofMillis(50), Duration.ofMillis(100))
                .setMaxRetryTime(maxRetryTime)
                .setMeterRegistry(() -> meters)
                .setMeterPrefix("faults");
    }
}
