package dev.okr.demo;

import dev.okr.infra.local.LocalInflux;
import dev.okr.infra.local.LocalKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The demo's servers on 127.0.0.1: a Kafka broker and an influxd with their data under the demo's
 * directory, kept between runs; or, when {@code OKR_INFLUX_URL} is set, the InfluxDB there instead
 * of a local influxd. Both die with this JVM even when it is killed, so a demo leaves no orphans.
 */
final class DemoServers implements AutoCloseable {

    private final LocalKafka kafka;
    private final LocalInflux influx;
    private final String influxUrl;

    private DemoServers(LocalKafka kafka, LocalInflux influx, String influxUrl) {
        this.kafka = kafka;
        this.influx = influx;
        this.influxUrl = influxUrl;
    }

    /**
     * Starts the servers.
     *
     * @throws IllegalStateException when influxd is needed and not installed (the message says how
     *     to install it) or a server does not start
     */
    static DemoServers start(Path dir, Map<String, String> env) {
        Optional<String> external =
                Optional.ofNullable(env.get("OKR_INFLUX_URL")).filter(u -> !u.isBlank());
        if (external.isEmpty() && LocalInflux.findInfluxd().isEmpty()) {
            throw new IllegalStateException(
                    LocalInflux.INSTALL_HINT
                            + " Or point the demo at an InfluxDB with OKR_INFLUX_URL.");
        }
        // Side by side: the broker takes seconds to start, influxd about one.
        CompletableFuture<LocalInflux> starting =
                external.isPresent()
                        ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.supplyAsync(
                                () -> LocalInflux.builder().dataDir(dir.resolve("influx")).start());
        LocalKafka kafka;
        try {
            kafka = LocalKafka.builder().dataDir(dir.resolve("kafka")).start();
        } catch (RuntimeException e) {
            starting.thenAccept(
                    influx -> Optional.ofNullable(influx).ifPresent(LocalInflux::close));
            throw e;
        }
        LocalInflux influx;
        try {
            influx = starting.join();
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new DemoServers(kafka, influx, external.orElseGet(influx::url));
    }

    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    String influxUrl() {
        return influxUrl;
    }

    /** Whether the InfluxDB is the demo's own influxd, not one given by OKR_INFLUX_URL. */
    boolean ownInflux() {
        return influx != null;
    }

    /** The servers' processes, by name, for the status line's memory figures. */
    Map<String, Long> pids() {
        return influx == null
                ? Map.of("kafka", kafka.pid())
                : Map.of("kafka", kafka.pid(), "influxd", influx.pid());
    }

    /** Stops Kafka, then influxd, each by its PID; their data stays. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable server : influx == null ? List.of(kafka) : List.of(kafka, influx)) {
            try {
                server.close();
            } catch (Exception e) {
                failures.add(new IllegalStateException("could not stop " + server, e));
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
