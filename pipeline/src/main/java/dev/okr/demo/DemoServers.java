package dev.okr.demo;

import dev.okr.infra.local.LocalInflux;
import dev.okr.infra.local.LocalKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        LocalInflux influx =
                external.isPresent()
                        ? null
                        : LocalInflux.builder().dataDir(dir.resolve("influx")).start();
        try {
            LocalKafka kafka = LocalKafka.builder().dataDir(dir.resolve("kafka")).start();
            return new DemoServers(kafka, influx, external.orElseGet(influx::url));
        } catch (RuntimeException e) {
            if (influx != null) {
                influx.close();
            }
            throw e;
        }
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
