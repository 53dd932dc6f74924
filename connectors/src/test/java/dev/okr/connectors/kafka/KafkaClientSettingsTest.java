package dev.okr.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    private static final String SASL_SECRET = "s3cr3t-sasl-\"quoted\"";
    private static final String STORE_SECRET = "s3cr3t-store";

    @Test
    void plaintextNeedsOnlyTheBootstrapServers() {
        Properties p = KafkaClientSettings.plaintext("127.0.0.1:9092").toProperties();
        assertThat(p)
                .containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .containsEntry("security.protocol", "PLAINTEXT");
        assertThat(p.stringPropertyNames())
                .noneMatch(k -> k.startsWith("sasl.") || k.startsWith("ssl."));
    }

    @Test
    void saslSslUsesScramSha512WithThePasswordFromTheEnvironment() {
        KafkaClientSettings settings =
                KafkaClientSettings.builder("kafka:9093")
                        .protocol(KafkaSecurityProtocol.SASL_SSL)
                        .saslUsername("okr")
                        .truststore("/etc/okr/ca.p12", null)
                        .environment(
                                Map.of(
                                        KafkaClientSettings.SASL_PASSWORD_ENV,
                                        SASL_SECRET,
                                        KafkaClientSettings.TRUSTSTORE_PASSWORD_ENV,
                                        STORE_SECRET))
                        .build();
        Properties p = settings.toProperties();
        assertThat(p)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/okr/ca.p12")
                .containsEntry("ssl.truststore.type", "PKCS12")
                .containsEntry("ssl.truststore.password", STORE_SECRET);
        assertThat(p.getProperty("sasl.jaas.config"))
                .isEqualTo(
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"okr\" password=\"s3cr3t-sasl-\\\"quoted\\\"\";");
    }

    @Test
    void mutualTlsPresentsTheClientKeystore() {
        Properties p =
                KafkaClientSettings.builder("kafka:9093")
                        .protocol(KafkaSecurityProtocol.SSL)
                        .keystore("/etc/okr/client.p12", "PKCS12")
                        .truststore("/etc/okr/ca.jks", "JKS")
                        .environment(
                                Map.of(KafkaClientSettings.KEYSTORE_PASSWORD_ENV, STORE_SECRET))
                        .build()
                        .toProperties();
        assertThat(p)
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.keystore.location", "/etc/okr/client.p12")
                .containsEntry("ssl.keystore.password", STORE_SECRET)
                .containsEntry("ssl.key.password", STORE_SECRET)
                .containsEntry("ssl.truststore.type", "JKS")
                .doesNotContainKey("ssl.truststore.password")
                .doesNotContainKey("sasl.jaas.config");
    }

    @Test
    void toStringShowsTheSettingsButNoSecret() {
        KafkaClientSettings settings =
                KafkaClientSettings.builder("kafka:9093")
                        .protocol(KafkaSecurityProtocol.SASL_SSL)
                        .saslUsername("okr")
                        .keystore("/etc/okr/client.p12", null)
                        .truststore("/etc/okr/ca.p12", null)
                        .environment(
                                Map.of(
                                        KafkaClientSettings.SASL_PASSWORD_ENV, SASL_SECRET,
                                        KafkaClientSettings.KEYSTORE_PASSWORD_ENV, STORE_SECRET,
                                        KafkaClientSettings.TRUSTSTORE_PASSWORD_ENV, STORE_SECRET))
                        .build();
        assertThat(settings.toString())
                .contains(
                        "kafka:9093",
                        "SASL_SSL",
                        "SCRAM-SHA-512",
                        "okr",
                        "password set",
                        "/etc/okr/client.p12")
                .doesNotContain(SASL_SECRET)
                .doesNotContain("s3cr3t");
    }

    @Test
    void aMissingSecretIsNamedByItsEnvironmentVariable() {
        assertThatThrownBy(
                        () ->
                                KafkaClientSettings.builder("kafka:9093")
                                        .protocol(KafkaSecurityProtocol.SASL_SSL)
                                        .saslUsername("okr")
                                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KafkaClientSettings.SASL_PASSWORD_ENV);
        assertThatThrownBy(
                        () ->
                                KafkaClientSettings.builder("kafka:9093")
                                        .protocol(KafkaSecurityProtocol.SASL_SSL)
                                        .build())
                .hasMessageContaining("--kafka-sasl-username");
        assertThatThrownBy(
                        () ->
                                KafkaClientSettings.builder("kafka:9093")
                                        .protocol(KafkaSecurityProtocol.SSL)
                                        .keystore("/k.p12", null)
                                        .environment(
                                                Map.of(
                                                        KafkaClientSettings.SASL_PASSWORD_ENV,
                                                        SASL_SECRET))
                                        .build())
                .hasMessageContaining(KafkaClientSettings.KEYSTORE_PASSWORD_ENV)
                .message()
                .doesNotContain("s3cr3t");
    }
}
