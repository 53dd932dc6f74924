package dev.okr.job;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.connectors.kafka.KafkaSecurityProtocol;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How the {@code okr} commands reach Kafka: bootstrap servers and security. Each option may also
 * come from its {@code OKR_KAFKA_...} environment variable; secrets (the SASL and store passwords)
 * come from the environment only ({@link KafkaClientSettings}), never from the command line.
 */
public final class KafkaConnectionOptions {

    @Option(
            names = "--kafka-bootstrap",
            defaultValue = "${env:OKR_KAFKA_BOOTSTRAP:-127.0.0.1:9092}",
            description =
                    "Kafka bootstrap servers HOST:PORT,... (env OKR_KAFKA_BOOTSTRAP). Default: ${DEFAULT-VALUE}.")
    public String bootstrap;

    @Option(
            names = "--kafka-security-protocol",
            defaultValue = "${env:OKR_KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}",
            description =
                    "PLAINTEXT, SSL (mTLS with a keystore), SASL_SSL or SASL_PLAINTEXT (env OKR_KAFKA_SECURITY_PROTOCOL). Default: ${DEFAULT-VALUE}.")
    public KafkaSecurityProtocol protocol;

    @Option(
            names = "--kafka-sasl-mechanism",
            defaultValue = "${env:OKR_KAFKA_SASL_MECHANISM:-SCRAM-SHA-512}",
            description =
                    "SASL mechanism: SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN (env OKR_KAFKA_SASL_MECHANISM). Default: ${DEFAULT-VALUE}.")
    public String saslMechanism;

    @Option(
            names = "--kafka-sasl-username",
            defaultValue = "${env:OKR_KAFKA_SASL_USERNAME}",
            description =
                    "SASL user name (env OKR_KAFKA_SASL_USERNAME); the password comes from OKR_KAFKA_SASL_PASSWORD.")
    public String saslUsername;

    @Option(
            names = "--kafka-ssl-truststore",
            defaultValue = "${env:OKR_KAFKA_SSL_TRUSTSTORE}",
            description =
                    "Truststore file of the brokers' CA (env OKR_KAFKA_SSL_TRUSTSTORE; password from OKR_KAFKA_SSL_TRUSTSTORE_PASSWORD). Default: the JVM's CAs.")
    public String truststore;

    @Option(
            names = "--kafka-ssl-truststore-type",
            defaultValue = "${env:OKR_KAFKA_SSL_TRUSTSTORE_TYPE:-PKCS12}",
            description =
                    "PKCS12 or JKS (env OKR_KAFKA_SSL_TRUSTSTORE_TYPE). Default: ${DEFAULT-VALUE}.")
    public String truststoreType;

    @Option(
            names = "--kafka-ssl-keystore",
            defaultValue = "${env:OKR_KAFKA_SSL_KEYSTORE}",
            description =
                    "Keystore file with the client certificate, for mutual TLS (env OKR_KAFKA_SSL_KEYSTORE; password from OKR_KAFKA_SSL_KEYSTORE_PASSWORD).")
    public String keystore;

    @Option(
            names = "--kafka-ssl-keystore-type",
            defaultValue = "${env:OKR_KAFKA_SSL_KEYSTORE_TYPE:-PKCS12}",
            description =
                    "PKCS12 or JKS (env OKR_KAFKA_SSL_KEYSTORE_TYPE). Default: ${DEFAULT-VALUE}.")
    public String keystoreType;

    /** The client settings, with secrets from {@code env}. */
    public KafkaClientSettings settings(Map<String, String> env) {
        KafkaClientSettings.Builder b =
                KafkaClientSettings.builder(bootstrap)
                        .protocol(protocol)
                        .saslMechanism(saslMechanism)
                        .saslUsername(saslUsername)
                        .environment(env);
        if (truststore != null && !truststore.isBlank()) {
            b.truststore(truststore, truststoreType);
        }
        if (keystore != null && !keystore.isBlank()) {
            b.keystore(keystore, keystoreType);
        }
        return b.build();
    }
}
