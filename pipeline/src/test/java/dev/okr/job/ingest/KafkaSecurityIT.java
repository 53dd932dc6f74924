package dev.okr.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.KafkaSecurityProtocol;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.infra.local.LocalKafka;
import dev.okr.simulator.Simulator;
import dev.okr.simulator.SimulatorReport;
import dev.okr.testkit.TestCertificates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secured Kafka: the simulator and ingestion, configured through {@link KafkaClientSettings} with
 * secrets from the environment, against a real broker that requires SCRAM-SHA-512 (over plaintext
 * and over TLS) or a client certificate (mutual TLS); a wrong password or a missing certificate
 * fails without a secret in the message.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class KafkaSecurityIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(1)
                            .build());

    private static final String USER = "okr-pipeline";
    private static final String PASSWORD = "scram-secret-4711";
    private static final Instant OCTOBER_1 = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant OCTOBER_3 = Instant.parse("2026-10-03T00:00:00Z");

    private static LocalKafka kafka;
    private static TestCertificates certificates;

    @BeforeAll
    static void startBrokerWithScramAndTls(@TempDir Path certificateDir) {
        certificates = TestCertificates.create(certificateDir);
        kafka =
                LocalKafka.builder()
                        .heap("512m")
                        .scram(USER, PASSWORD)
                        .tls(
                                certificates.brokerKeystore(),
                                certificates.truststore(),
                                certificates.password())
                        .start();
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static KafkaClientSettings scram(String password) {
        return KafkaClientSettings.builder(kafka.saslBootstrapServers())
                .protocol(KafkaSecurityProtocol.SASL_PLAINTEXT)
                .saslUsername(USER)
                .environment(Map.of(KafkaClientSettings.SASL_PASSWORD_ENV, password))
                .build();
    }

    @Test
    void theSimulatorAndIngestionAuthenticateWithScram() throws Exception {
        publishAndIngest(scram(PASSWORD), "scram");
    }

    @Test
    void theSimulatorAndIngestionUseScramOverTls() throws Exception {
        KafkaClientSettings saslSsl =
                KafkaClientSettings.builder(kafka.saslSslBootstrapServers())
                        .protocol(KafkaSecurityProtocol.SASL_SSL)
                        .saslUsername(USER)
                        .truststore(certificates.truststore().toString(), "PKCS12")
                        .environment(
                                Map.of(
                                        KafkaClientSettings.SASL_PASSWORD_ENV,
                                        PASSWORD,
                                        KafkaClientSettings.TRUSTSTORE_PASSWORD_ENV,
                                        certificates.password()))
                        .build();
        publishAndIngest(saslSsl, "scram-tls");
    }

    @Test
    void theSimulatorAndIngestionPresentAClientCertificate() throws Exception {
        publishAndIngest(mutualTls(true), "mutual-tls");
    }

    @Test
    void withoutAClientCertificateTheBrokerRefuses() {
        assertThatThrownBy(() -> publish(mutualTls(false), "no-certificate", 10))
                .hasMessageContaining("SSL")
                .satisfies(
                        e ->
                                assertThat(stackOfMessages(e))
                                        .containsIgnoringCase("handshake")
                                        .doesNotContain(certificates.password()));
    }

    private static KafkaClientSettings mutualTls(boolean withCertificate) {
        KafkaClientSettings.Builder b =
                KafkaClientSettings.builder(kafka.sslBootstrapServers())
                        .protocol(KafkaSecurityProtocol.SSL)
                        .truststore(certificates.truststore().toString(), "PKCS12")
                        .environment(
                                Map.of(
                                        KafkaClientSettings.TRUSTSTORE_PASSWORD_ENV,
                                                certificates.password(),
                                        KafkaClientSettings.KEYSTORE_PASSWORD_ENV,
                                                certificates.password()));
        if (withCertificate) {
            b.keystore(certificates.clientKeystore().toString(), "PKCS12");
        }
        return b.build();
    }

    private static SimulatorReport publish(KafkaClientSettings settings, String topic, int count) {
        return Simulator.builder()
                .kafka(settings)
                .topic(topic)
                .from(OCTOBER_1)
                .to(OCTOBER_3)
                .count(count)
                .duplicateShare(0)
                .users(20)
                .clock(Clock.fixed(OCTOBER_3, ZoneOffset.UTC))
                .build()
                .publish();
    }

    private static void publishAndIngest(KafkaClientSettings settings, String topic)
            throws Exception {
        SimulatorReport report = publish(settings, topic, 500);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        List<SegmentEvent> events =
                EventIngestion.attach(
                                env,
                                IngestionOptions.builder(settings, topic)
                                        .asOf(OCTOBER_3.plusSeconds(3600))
                                        .build())
                        .events()
                        .executeAndCollect(1000);

        assertThat(report.records()).isEqualTo(500);
        assertThat(events).hasSize(500);
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        assertThatThrownBy(
                        () ->
                                Simulator.builder()
                                        .kafka(scram("wrong-" + PASSWORD))
                                        .topic("refused")
                                        .from(OCTOBER_1)
                                        .to(OCTOBER_3)
                                        .count(10)
                                        .clock(Clock.fixed(OCTOBER_3, ZoneOffset.UTC))
                                        .build()
                                        .publish())
                .hasMessageContaining("SASL_PLAINTEXT")
                .satisfies(
                        e ->
                                assertThat(stackOfMessages(e))
                                        .containsIgnoringCase("authentication failed")
                                        .doesNotContain(PASSWORD));
    }

    private static String stackOfMessages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }
}
