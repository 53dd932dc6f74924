package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InfluxSinkBuilderTest {

    private static InfluxSinkBuilder<Long> minimal() {
        return InfluxSink.<Long>builder()
                .setUrl("http://127.0.0.1:8086/")
                .setDatabase("okr")
                .setSerializer(KrPoints::point);
    }

    @Test
    void needsAUrlADatabaseAndASerializer() {
        assertThatThrownBy(() -> InfluxSink.<Long>builder().setDatabase("okr").build())
                .hasMessageContaining("URL is required");
        assertThatThrownBy(
                        () ->
                                InfluxSink.<Long>builder()
                                        .setUrl("http://127.0.0.1:8086")
                                        .setSerializer(KrPoints::point)
                                        .build())
                .hasMessageContaining("database is required");
    }

    @Test
    void refusesOptionsThatContradictEachOther() {
        assertThatThrownBy(
                        () ->
                                minimal()
                                        .setMaxBatchSize(5_000)
                                        .setMaxBufferedRequests(5_000)
                                        .build())
                .hasMessageContaining("must exceed the batch size");
        assertThatThrownBy(
                        () ->
                                minimal()
                                        .setBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1))
                                        .build())
                .hasMessageContaining("max backoff is shorter");
        assertThatThrownBy(() -> minimal().setMaxRetryTime(Duration.ZERO).build())
                .hasMessageContaining("max retry time must be positive");
    }

    @Test
    void describesItselfWithoutAToken() {
        InfluxSink<Long> sink = minimal().setToken("tok-s3cret").build();

        assertThat(sink.toString())
                .contains("http://127.0.0.1:8086,", "an API token")
                .doesNotContain("tok-s3cret");
    }
}
