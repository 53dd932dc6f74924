package dev.okr.infra.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts and stops a Kafka broker and an influxd by hand, for development: {@code
 * infra/local/servers start|stop|status}. The servers outlive this command; their PIDs, addresses
 * and data stay under one directory (default {@code .okr/servers}) until {@code stop}.
 */
public final class LocalServers {

    private final Path dir;

    LocalServers(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        String command = args.length > 0 ? args[0] : "status";
        Path dir = Path.of(args.length > 1 ? args[1] : ".okr/servers").toAbsolutePath();
        LocalServers servers = new LocalServers(dir);
        switch (command) {
            case "start" -> servers.start();
            case "stop" -> servers.stop();
            case "status" -> servers.status();
            default -> {
                System.err.println("usage: servers start|stop|status [DIR]");
                System.exit(2);
            }
        }
    }

    void start() throws IOException {
        Files.createDirectories(dir);
        if (running("kafka").isPresent() || running("influxd").isPresent()) {
            System.out.println("Already running:");
            status();
            return;
        }
        LocalInflux influx =
                LocalInflux.builder().dataDir(dir.resolve("influx")).tiedToThisJvm(false).start();
        LocalKafka kafka;
        try {
            kafka = LocalKafka.builder().dataDir(dir.resolve("kafka")).tiedToThisJvm(false).start();
        } catch (RuntimeException e) {
            influx.close();
            throw e;
        }
        write("influxd.pid", Long.toString(influx.pid()));
        write("kafka.pid", Long.toString(kafka.pid()));
        write(
                "servers.env",
                "OKR_KAFKA_BOOTSTRAP="
                        + kafka.bootstrapServers()
                        + "\nOKR_INFLUX_URL="
                        + influx.url()
                        + "\n");
        System.out.println(
                "Kafka broker  " + kafka.bootstrapServers() + "  (pid " + kafka.pid() + ")");
        System.out.println("InfluxDB      " + influx.url() + "  (pid " + influx.pid() + ")");
        System.out.println("Data and logs " + dir);
        System.out.println("Use them:     set -a; . " + dir.resolve("servers.env") + "; set +a");
    }

    void stop() throws IOException {
        for (String name : new String[] {"kafka", "influxd"}) {
            Optional<Long> pid = running(name);
            if (pid.isPresent()) {
                ServerProcess.stop(pid.get());
                System.out.println("Stopped " + name + " (pid " + pid.get() + ")");
            }
            Files.deleteIfExists(dir.resolve(name + ".pid"));
        }
        Files.deleteIfExists(dir.resolve("servers.env"));
    }

    void status() throws IOException {
        Path env = dir.resolve("servers.env");
        for (String name : new String[] {"kafka", "influxd"}) {
            System.out.println(
                    name
                            + ": "
                            + running(name).map(pid -> "running, pid " + pid).orElse("stopped"));
        }
        if (Files.exists(env)) {
            System.out.print(Files.readString(env, StandardCharsets.UTF_8));
        }
    }

    /** The PID in {@code <name>.pid} when that process still runs. */
    private Optional<Long> running(String name) throws IOException {
        Path file = dir.resolve(name + ".pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
