package dev.okr.infra.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional authenticated listeners of a {@link LocalKafka}, for tests of secured clients:
 * SASL_PLAINTEXT with SCRAM-SHA-512, SSL with a required client certificate (mutual TLS), and
 * SASL_SSL with SCRAM-SHA-512 when both are configured. Each gets a free port on 127.0.0.1.
 */
final class SecuredListeners {

    private static final String SCRAM_LOGIN =
            "org.apache.kafka.common.security.scram.ScramLoginModule required;";

    String scramUser;
    String scramPassword;
    Path keystore;
    Path truststore;
    String storePassword;
    int saslPort;
    int sslPort;
    int saslSslPort;

    SecuredListeners copy() {
        SecuredListeners c = new SecuredListeners();
        c.scramUser = scramUser;
        c.scramPassword = scramPassword;
        c.keystore = keystore;
        c.truststore = truststore;
        c.storePassword = storePassword;
        return c;
    }

    boolean scram() {
        return scramUser != null;
    }

    boolean tls() {
        return keystore != null;
    }

    void assignPorts() {
        saslPort = scram() ? FreePorts.find() : 0;
        sslPort = tls() ? FreePorts.find() : 0;
        saslSslPort = scram() && tls() ? FreePorts.find() : 0;
    }

    /** Lines for server.properties; a later key replaces the earlier one of the base file. */
    String properties(int clientPort, int controllerPort) {
        if (!scram() && !tls()) {
            return "";
        }
        List<String> listeners = new ArrayList<>(List.of("PLAINTEXT://127.0.0.1:" + clientPort));
        List<String> map = new ArrayList<>(List.of("CONTROLLER:PLAINTEXT", "PLAINTEXT:PLAINTEXT"));
        StringBuilder extra = new StringBuilder();
        if (scram()) {
            listeners.add("SASL://127.0.0.1:" + saslPort);
            map.add("SASL:SASL_PLAINTEXT");
            extra.append("sasl.enabled.mechanisms=SCRAM-SHA-512\n")
                    .append("listener.name.sasl.scram-sha-512.sasl.jaas.config=")
                    .append(SCRAM_LOGIN)
                    .append('\n');
        }
        if (tls()) {
            listeners.add("SSL://127.0.0.1:" + sslPort);
            map.add("SSL:SSL");
            extra.append("ssl.keystore.location=")
                    .append(keystore)
                    .append('\n')
                    .append("ssl.keystore.type=PKCS12\n")
                    .append("ssl.keystore.password=")
                    .append(storePassword)
                    .append('\n')
                    .append("ssl.key.password=")
                    .append(storePassword)
                    .append('\n')
                    .append("ssl.truststore.location=")
                    .append(truststore)
                    .append('\n')
                    .append("ssl.truststore.type=PKCS12\n")
                    .append("ssl.truststore.password=")
                    .append(storePassword)
                    .append('\n')
                    .append("listener.name.ssl.ssl.client.auth=required\n");
        }
        if (scram() && tls()) {
            listeners.add("SASLSSL://127.0.0.1:" + saslSslPort);
            map.add("SASLSSL:SASL_SSL");
            extra.append("listener.name.saslssl.scram-sha-512.sasl.jaas.config=")
                    .append(SCRAM_LOGIN)
                    .append('\n')
                    .append("listener.name.saslssl.ssl.client.auth=none\n");
        }
        String all = String.join(",", listeners);
        return "listeners="
                + all
                + ",CONTROLLER://127.0.0.1:"
                + controllerPort
                + "\nadvertised.listeners="
                + all
                + "\nlistener.security.protocol.map="
                + String.join(",", map)
                + "\n"
                + extra;
    }

    /** Arguments of {@code StorageTool format} that create the SCRAM user. */
    List<String> formatArguments() {
        if (!scram()) {
            return List.of();
        }
        return List.of(
                "--add-scram",
                "SCRAM-SHA-512=[name=" + scramUser + ",password=" + scramPassword + "]");
    }
}
