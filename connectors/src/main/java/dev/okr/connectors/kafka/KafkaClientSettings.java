package dev.okr.connectors.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How the pipeline's Kafka clients (source, dead-letter sink, admin, the simulator's producer)
 * reach the brokers: bootstrap servers and security (plaintext, TLS, mutual TLS, SASL SCRAM).
 *
 * <p>Secrets (the SASL password and the store passwords) are never taken from the command line:
 * they come from the environment ({@link #SASL_PASSWORD_ENV} and the others), and appear neither in
 * {@link #toString()} nor in any exception message. Kafka's clients log their configuration with
 * these values hidden, since {@code sasl.jaas.config} and {@code ssl.*.password} are password-typed
 * settings. Build with {@link #builder(String)}.
 */
public final class KafkaClientSettings {

    /** The SASL password. */
    public static final String SASL_PASSWORD_ENV = "OKR_KAFKA_SASL_PASSWORD";

    /** The truststore's password. */
    public static final String TRUSTSTORE_PASSWORD_ENV = "OKR_KAFKA_SSL_TRUSTSTORE_PASSWORD";

    /** The keystore's password (mutual TLS). */
    public static final String KEYSTORE_PASSWORD_ENV = "OKR_KAFKA_SSL_KEYSTORE_PASSWORD";

    /** The private key's password in the keystore, when it differs from the keystore's. */
    public static final String KEY_PASSWORD_ENV = "OKR_KAFKA_SSL_KEY_PASSWORD";

    private final String bootstrapServers;
    private final KafkaSecurityProtocol protocol;
    private final String saslMechanism;
    private final String saslUsername;
    private final String saslPassword;
    private final String truststore;
    private final String truststoreType;
    private final String truststorePassword;
    private final String keystore;
    private final String keystoreType;
    private final String keystorePassword;
    private final String keyPassword;

    private KafkaClientSettings(Builder b) {
        this.bootstrapServers = b.bootstrapServers;
        this.protocol = b.protocol;
        this.saslMechanism = b.saslMechanism;
        this.saslUsername = b.saslUsername;
        this.saslPassword = b.env.get(SASL_PASSWORD_ENV);
        this.truststore = b.truststore;
        this.truststoreType = b.truststoreType;
        this.truststorePassword = b.env.get(TRUSTSTORE_PASSWORD_ENV);
        this.keystore = b.keystore;
        this.keystoreType = b.keystoreType;
        this.keystorePassword = b.env.get(KEYSTORE_PASSWORD_ENV);
        this.keyPassword = b.env.get(KEY_PASSWORD_ENV);
    }

    /** Settings for the brokers at {@code bootstrapServers} ({@code host:port,...}). */
    public static Builder builder(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    /** Plaintext settings for the brokers at {@code bootstrapServers}: local and test brokers. */
    public static KafkaClientSettings plaintext(String bootstrapServers) {
        return builder(bootstrapServers).build();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public KafkaSecurityProtocol protocol() {
        return protocol;
    }

    /**
     * The Kafka client properties: {@code bootstrap.servers}, {@code security.protocol} and the
     * SASL and TLS settings. They hold the secrets: pass them to a client, never print them.
     */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", bootstrapServers);
        p.setProperty("security.protocol", protocol.name());
        if (protocol == KafkaSecurityProtocol.SASL_SSL
                || protocol == KafkaSecurityProtocol.SASL_PLAINTEXT) {
            p.setProperty("sasl.mechanism", saslMechanism);
            p.setProperty("sasl.jaas.config", jaasConfig());
        }
        if (protocol == KafkaSecurityProtocol.SSL || protocol == KafkaSecurityProtocol.SASL_SSL) {
            if (truststore != null) {
                p.setProperty("ssl.truststore.location", truststore);
                p.setProperty("ssl.truststore.type", truststoreType);
                if (truststorePassword != null) {
                    p.setProperty("ssl.truststore.password", truststorePassword);
                }
            }
            if (keystore != null) {
                p.setProperty("ssl.keystore.location", keystore);
                p.setProperty("ssl.keystore.type", keystoreType);
                p.setProperty("ssl.keystore.password", keystorePassword);
                p.setProperty(
                        "ssl.key.password", keyPassword != null ? keyPassword : keystorePassword);
            }
        }
        return p;
    }

    private String jaasConfig() {
        String module =
                saslMechanism.startsWith("SCRAM-")
                        ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                        : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module
                + " required username=\""
                + jaasEscape(saslUsername)
                + "\" password=\""
                + jaasEscape(saslPassword)
                + "\";";
    }

    private static String jaasEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The settings without their secrets: each secret shows only whether it is set. */
    @Override
    public String toString() {
        StringBuilder s =
                new StringBuilder("Kafka ")
                        .append(bootstrapServers)
                        .append(" over ")
                        .append(protocol);
        if (protocol == KafkaSecurityProtocol.SASL_SSL
                || protocol == KafkaSecurityProtocol.SASL_PLAINTEXT) {
            s.append(", SASL ").append(saslMechanism).append(" as ").append(saslUsername);
            s.append(", password ").append(saslPassword != null ? "set" : "unset");
        }
        if (truststore != null) {
            s.append(", truststore ").append(truststore);
        }
        if (keystore != null) {
            s.append(", keystore ").append(keystore).append(" (client certificate)");
        }
        return s.toString();
    }

    /** Builds {@link KafkaClientSettings}; secrets come from {@link #environment(Map)} only. */
    public static final class Builder {
        private final String bootstrapServers;
        private KafkaSecurityProtocol protocol = KafkaSecurityProtocol.PLAINTEXT;
        private String saslMechanism = "SCRAM-SHA-512";
        private String saslUsername;
        private String truststore;
        private String truststoreType = "PKCS12";
        private String keystore;
        private String keystoreType = "PKCS12";
        private Map<String, String> env = Map.of();

        private Builder(String bootstrapServers) {
            this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        }

        /** The security protocol. Defaults to PLAINTEXT. */
        public Builder protocol(KafkaSecurityProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol);
            return this;
        }

        /** The SASL mechanism: SCRAM-SHA-512 (default), SCRAM-SHA-256 or PLAIN. */
        public Builder saslMechanism(String mechanism) {
            this.saslMechanism = Objects.requireNonNull(mechanism);
            return this;
        }

        /** The SASL user name; required with SASL_SSL and SASL_PLAINTEXT. */
        public Builder saslUsername(String username) {
            this.saslUsername = username;
            return this;
        }

        /** The truststore file of the brokers' CA; defaults to the JVM's trusted CAs. */
        public Builder truststore(String path, String type) {
            this.truststore = path;
            this.truststoreType = type != null ? type : "PKCS12";
            return this;
        }

        /** The keystore file with the client's certificate and key (mutual TLS). Default none. */
        public Builder keystore(String path, String type) {
            this.keystore = path;
            this.keystoreType = type != null ? type : "PKCS12";
            return this;
        }

        /** Where the secrets come from: {@code System.getenv()} in production, a map in tests. */
        public Builder environment(Map<String, String> env) {
            this.env = Objects.requireNonNull(env);
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException when a setting the protocol needs is missing; the
         *     message names the option or environment variable, never a secret's value
         */
        public KafkaClientSettings build() {
            boolean sasl =
                    protocol == KafkaSecurityProtocol.SASL_SSL
                            || protocol == KafkaSecurityProtocol.SASL_PLAINTEXT;
            if (sasl && (saslUsername == null || saslUsername.isBlank())) {
                throw new IllegalArgumentException(
                        protocol + " needs a SASL user name (--kafka-sasl-username)");
            }
            if (sasl && isBlank(env.get(SASL_PASSWORD_ENV))) {
                throw new IllegalArgumentException(
                        protocol
                                + " needs a SASL password in the environment variable "
                                + SASL_PASSWORD_ENV);
            }
            if (keystore != null && isBlank(env.get(KEYSTORE_PASSWORD_ENV))) {
                throw new IllegalArgumentException(
                        "a client keystore needs its password in the environment variable "
                                + KEYSTORE_PASSWORD_ENV);
            }
            if (!saslMechanism.equals("PLAIN") && !saslMechanism.startsWith("SCRAM-SHA-")) {
                throw new IllegalArgumentException(
                        "unsupported SASL mechanism "
                                + saslMechanism
                                + "; use SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN");
            }
            return new KafkaClientSettings(this);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
