package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.KafkaSecurityProtocol;
import dev.okr.job.ingest.IngestionOptions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunOptionsTest {

    private static RunOptions parse(String... args) {
        RunOptions options = new RunOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void aBoundedRunReadsTheTopicAsOfItsInstantAndPublishesHealthToTheSameInfluxDb() {
        IngestionOptions ingestion =
                parse(
                                "--okrs",
                                "okrs.yaml",
                                "--kafka-bootstrap",
                                "kafka:9092",
                                "--topic",
                                "product",
                                "--influx-url",
                                "http://influx:8086",
                                "--influx-db",
                                "okr",
                                "--as-of",
                                "2026-11-01T00:00:00Z")
                        .ingestion(Map.of())
                        .build();
        assertThat(ingestion.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(ingestion.topic()).isEqualTo("product");
        assertThat(ingestion.deadLetterTopic()).isEqualTo("product.dlq");
        assertThat(ingestion.asOf()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(ingestion.bounded()).isTrue();
        assertThat(ingestion.wallClock()).as("a bounded run never reads the wall clock").isNull();
        assertThat(ingestion.health().influxUrl()).isEqualTo("http://influx:8086");
        assertThat(ingestion.health().database()).isEqualTo("okr");
    }

    @Test
    void securityOptionsTakeTheirSecretsFromTheEnvironment() {
        RunOptions options =
                parse(
                        "--okrs",
                        "okrs.yaml",
                        "--kafka-security-protocol",
                        "SASL_SSL",
                        "--kafka-sasl-username",
                        "okr");
        assertThat(
                        options.kafka
                                .settings(Map.of(KafkaClientSettings.SASL_PASSWORD_ENV, "pw"))
                                .protocol())
                .isEqualTo(KafkaSecurityProtocol.SASL_SSL);
        assertThatThrownBy(() -> options.kafka.settings(Map.of()))
                .hasMessageContaining(KafkaClientSettings.SASL_PASSWORD_ENV);
    }
}
