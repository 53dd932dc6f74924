package dev.okr.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one JVM) on 127.0.0.1, run
 * from the {@code kafka_2.13} jars of Maven Central in a child JVM.
 *
 * <p>Storage is formatted on first start ({@code kafka.tools.StorageTool format}); a temporary data
 * directory is deleted on {@link #close()}, a given one is kept and reused. Topics are not created
 * automatically: whoever produces or consumes creates them, as on most production clusters.
 *
 * <p>Records are kept for ever ({@code log.retention.ms=-1}): recorded and simulated events carry
 * their event times as Kafka timestamps, often weeks old, and Kafka's default of 7 days would
 * delete them a few minutes after start, under a running test or demo.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";

    private final ServerProcess process;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int port;
    private final SecuredListeners secured;

    private LocalKafka(
            ServerProcess process,
            Path dataDir,
            boolean deleteOnClose,
            int port,
            SecuredListeners secured) {
        this.process = process;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
        this.secured = secured;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The bootstrap address for clients, {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * The bootstrap address of the SASL_PLAINTEXT listener (SCRAM-SHA-512).
     *
     * @throws IllegalStateException when the broker was started without {@link Builder#scram}
     */
    public String saslBootstrapServers() {
        return address(secured.saslPort, "scram()");
    }

    /**
     * The bootstrap address of the SSL listener, which requires a client certificate.
     *
     * @throws IllegalStateException when the broker was started without {@link Builder#tls}
     */
    public String sslBootstrapServers() {
        return address(secured.sslPort, "tls()");
    }

    /**
     * The bootstrap address of the SASL_SSL listener (SCRAM-SHA-512 over TLS).
     *
     * @throws IllegalStateException unless the broker was started with both {@link Builder#scram}
     *     and {@link Builder#tls}
     */
    public String saslSslBootstrapServers() {
        return address(secured.saslSslPort, "scram() and tls()");
    }

    private static String address(int port, String needs) {
        if (port == 0) {
            throw new IllegalStateException(
                    "this broker has no such listener; start it with " + needs);
        }
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the broker by its PID and deletes a temporary data directory. */
    @Override
    public void close() {
        process.close();
        if (deleteOnClose) {
            Directories.deleteRecursively(dataDir);
        }
    }

    /**
     * The broker's classpath: {@code OKR_KAFKA_CLASSPATH}, else the one written at build time from
     * this module's {@code kafka_2.13} dependency.
     */
    static String brokerClasspath() {
        String override = System.getenv("OKR_KAFKA_CLASSPATH");
        if (override != null && !override.isBlank()) {
            return override;
        }
        try (InputStream in = LocalKafka.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The Kafka broker classpath was not built; run `./okr` (or `mvn -B install"
                                + " -pl infra/local`) to build it.");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String jar : classpath.split(java.io.File.pathSeparator)) {
                if (!Files.exists(Path.of(jar))) {
                    throw new IllegalStateException(
                            "The Kafka broker jar "
                                    + jar
                                    + " is missing; run `mvn -B install -pl infra/local` to"
                                    + " download the broker's jars again.");
                }
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cluster id in Kafka's form: 16 random bytes, URL-safe Base64 without padding. */
    static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    /** Options of a local broker. */
    public static final class Builder {
        private Path dataDir;
        private int port;
        private String heap = "768m";
        private int partitions = 2;
        private boolean tiedToThisJvm = true;
        private final SecuredListeners secured = new SecuredListeners();

        private Builder() {}

        /** Where the log segments and metadata go. Defaults to a temporary directory. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The client port on 127.0.0.1. Defaults to 0, a free port chosen at start. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The broker JVM's maximum heap, as for {@code -Xmx}. Defaults to 768m. */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** Partitions of a topic created without a count. Defaults to 2. */
        public Builder defaultPartitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        /**
         * Whether the broker dies with this JVM. Defaults to true; false for servers run by hand.
         */
        public Builder tiedToThisJvm(boolean tied) {
            this.tiedToThisJvm = tied;
            return this;
        }

        /**
         * Adds a SASL_PLAINTEXT listener with SCRAM-SHA-512 and the user {@code user}, created when
         * storage is formatted (with {@link #tls} also a SASL_SSL listener), for tests of
         * authenticated clients. Default: no SASL listener.
         */
        public Builder scram(String user, String password) {
            secured.scramUser = user;
            secured.scramPassword = password;
            return this;
        }

        /**
         * Adds an SSL listener that requires a client certificate (mutual TLS), with the broker's
         * PKCS12 {@code keystore} and the {@code truststore} of the CA that signs client
         * certificates, both opened with {@code password}; with {@link #scram} also a SASL_SSL
         * listener. For tests of TLS clients. Default: no SSL listener.
         */
        public Builder tls(Path keystore, Path truststore, String password) {
            secured.keystore = keystore;
            secured.truststore = truststore;
            secured.storePassword = password;
            return this;
        }

        /** Formats storage when new, starts the broker and waits until it serves clients. */
        public LocalKafka start() {
            String classpath = brokerClasspath();
            boolean temporary = dataDir == null;
            Path dir = temporary ? Directories.createTemp("okr-kafka-") : dataDir;
            int clientPort = port == 0 ? FreePorts.find() : port;
            int controllerPort = FreePorts.find();
            SecuredListeners listeners = secured.copy();
            listeners.assignPorts();
            try {
                Path config = dir.resolve("config");
                Files.createDirectories(config);
                Path properties = config.resolve("server.properties");
                Path log4j = config.resolve("log4j2.properties");
                Files.writeString(
                        properties,
                        serverProperties(dir, clientPort, controllerPort)
                                + listeners.properties(clientPort, controllerPort));
                Files.writeString(log4j, LOG4J2);
                List<String> jvm = jvm(classpath, log4j);
                if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
                    format(jvm, properties, dir, listeners.formatArguments());
                }
                List<String> command = new ArrayList<>(jvm);
                command.addAll(
                        List.of(
                                "-Xms256m",
                                "-Xmx" + heap,
                                "-XX:+UseG1GC",
                                "-XX:MaxGCPauseMillis=20",
                                "-XX:+ExitOnOutOfMemoryError",
                                "kafka.Kafka",
                                properties.toString()));
                Path log = dir.resolve("server.log");
                Files.deleteIfExists(log);
                ServerProcess process =
                        ServerProcess.start(
                                "Kafka broker on 127.0.0.1:" + clientPort,
                                command,
                                dir,
                                log,
                                tiedToThisJvm);
                process.awaitReady(
                        () ->
                                Logs.contains(log, "Kafka Server started")
                                        && FreePorts.isListening(clientPort),
                        START_TIMEOUT);
                return new LocalKafka(process, dir, temporary, clientPort, listeners);
            } catch (IOException e) {
                cleanUp(temporary, dir);
                throw new UncheckedIOException("could not start Kafka in " + dir, e);
            } catch (RuntimeException e) {
                cleanUp(temporary, dir);
                throw e;
            }
        }

        private static void cleanUp(boolean temporary, Path dir) {
            if (temporary) {
                Directories.deleteRecursively(dir);
            }
        }

        private static List<String> jvm(String classpath, Path log4j) {
            return new ArrayList<>(
                    List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-Djava.awt.headless=true",
                            "-Dlog4j2.configurationFile=" + log4j,
                            "-cp",
                            classpath));
        }

        private static void format(List<String> jvm, Path properties, Path dir, List<String> extra)
                throws IOException {
            List<String> command = new ArrayList<>(jvm);
            command.addAll(
                    List.of(
                            "-Xmx256m",
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            newClusterId(),
                            "-c",
                            properties.toString()));
            command.addAll(extra);
            Path log = dir.resolve("format.log");
            Process format =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            try {
                if (!format.waitFor(60, TimeUnit.SECONDS)) {
                    format.destroyForcibly();
                    throw new IllegalStateException("formatting Kafka storage took over 60 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                format.destroyForcibly();
                throw new IllegalStateException("interrupted while formatting Kafka storage", e);
            }
            if (format.exitValue() != 0) {
                throw new IllegalStateException(
                        "formatting Kafka storage failed:\n" + Logs.tail(log, 20));
            }
        }

        private String serverProperties(Path dir, int clientPort, int controllerPort) {
            return """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                    log.dirs=%3$s
                    num.partitions=%4$d
                    auto.create.topics.enable=false
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=4
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    log.retention.ms=-1
                    """
                    .formatted(
                            clientPort,
                            controllerPort,
                            dir.resolve("data").toAbsolutePath(),
                            partitions);
        }

        private static final String LOG4J2 =
                """
                status = warn
                appender.console.type = Console
                appender.console.name = STDOUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = info
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.request.name = kafka.request.logger
                logger.request.level = warn
                logger.controller.name = org.apache.kafka.controller
                logger.controller.level = warn
                """;
    }
}
