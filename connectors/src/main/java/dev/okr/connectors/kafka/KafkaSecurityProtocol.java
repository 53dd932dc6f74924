package dev.okr.connectors.kafka;

/** How the pipeline's Kafka clients connect to the brokers. */
public enum KafkaSecurityProtocol {
    /** No encryption, no authentication: local and test brokers only. */
    PLAINTEXT,
    /** TLS; with a keystore the client also authenticates with its certificate (mTLS). */
    SSL,
    /** TLS, and SASL authentication (SCRAM-SHA-512 by default) with a user name and password. */
    SASL_SSL,
    /** SASL authentication without TLS: a password crosses the network in the clear. */
    SASL_PLAINTEXT
}
