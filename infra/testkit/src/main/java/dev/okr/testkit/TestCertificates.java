package dev.okr.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority and PKCS12 stores for TLS tests, made with the JDK's {@code
 * keytool} in a directory of their own: the CA's truststore, and a broker and a client keystore
 * whose certificates the CA signed for 127.0.0.1. Valid for 2 days; one random password opens all.
 */
public final class TestCertificates {

    private final Path directory;
    private final String password;

    private TestCertificates(Path directory, String password) {
        this.directory = directory;
        this.password = password;
    }

    /** Makes the CA and the stores in {@code directory}. */
    public static TestCertificates create(Path directory) {
        TestCertificates c = new TestCertificates(directory, UUID.randomUUID().toString());
        c.keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-dname",
                "CN=okr-test-ca",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-ext",
                "bc:c",
                "-storetype",
                "PKCS12",
                "-keystore",
                "ca.p12");
        c.keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.crt");
        c.keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                "ca.crt",
                "-storetype",
                "PKCS12",
                "-keystore",
                "truststore.p12");
        for (String who : List.of("broker", "client")) {
            c.keytool(
                    "-genkeypair",
                    "-alias",
                    who,
                    "-dname",
                    "CN=" + who,
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    who + ".p12");
            c.keytool("-certreq", "-alias", who, "-keystore", who + ".p12", "-file", who + ".csr");
            c.keytool(
                    "-gencert",
                    "-alias",
                    "ca",
                    "-keystore",
                    "ca.p12",
                    "-infile",
                    who + ".csr",
                    "-outfile",
                    who + ".crt",
                    "-rfc",
                    "-validity",
                    "2",
                    "-ext",
                    "san=ip:127.0.0.1,dns:localhost");
            c.keytool(
                    "-importcert",
                    "-noprompt",
                    "-alias",
                    "ca",
                    "-file",
                    "ca.crt",
                    "-keystore",
                    who + ".p12");
            c.keytool(
                    "-importcert", "-alias", who, "-file", who + ".crt", "-keystore", who + ".p12");
        }
        return c;
    }

    /** The password of every store and key. */
    public String password() {
        return password;
    }

    /** The CA's certificate, PKCS12. */
    public Path truststore() {
        return directory.resolve("truststore.p12");
    }

    /** The broker's key and certificate, PKCS12. */
    public Path brokerKeystore() {
        return directory.resolve("broker.p12");
    }

    /** The client's key and certificate, PKCS12. */
    public Path clientKeystore() {
        return directory.resolve("client.p12");
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", password));
        try {
            Files.createDirectories(directory);
            Process p =
                    new ProcessBuilder(command)
                            .directory(directory.toFile())
                            .redirectErrorStream(true)
                            .start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " took over 60 s");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
