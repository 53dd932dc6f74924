package dev.okr.infra.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real InfluxDB 1.x server ({@code influxd} from the distribution's {@code influxdb} package) on
 * 127.0.0.1, with its own configuration and data directory.
 *
 * <p>It never reuses a server someone else started: HTTP and RPC ports are free ports chosen at
 * start (or given), and meta, data and WAL live under the data directory. A temporary data
 * directory is deleted on {@link #close()}; a given one is kept, so a demo keeps its data.
 */
public final class LocalInflux implements AutoCloseable {

    /** How to get influxd, printed whenever it is missing. */
    public static final String INSTALL_HINT =
            "influxd (InfluxDB 1.x) was not found on the PATH. Install it with"
                    + " `sudo apt-get install influxdb influxdb-client` (Debian/Ubuntu), or run"
                    + " `./okr test`, which installs it when run as root; or set OKR_INFLUXD to the"
                    + " influxd binary.";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ServerProcess process;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int httpPort;

    private LocalInflux(ServerProcess process, Path dataDir, boolean deleteOnClose, int httpPort) {
        this.process = process;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.httpPort = httpPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The HTTP base URL, for example {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
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

    /** Stops influxd by its PID and deletes a temporary data directory. */
    @Override
    public void close() {
        process.close();
        if (deleteOnClose) {
            Directories.deleteRecursively(dataDir);
        }
    }

    /** The influxd binary: {@code OKR_INFLUXD}, else the first {@code influxd} on the PATH. */
    public static Optional<Path> findInfluxd() {
        String override = System.getenv("OKR_INFLUXD");
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "influxd");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code GET /ping} on {@code url} answers 204, as every InfluxDB 1.x does. */
    public static boolean ping(String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url + "/ping"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Options of a local influxd. */
    public static final class Builder {
        private Path dataDir;
        private int httpPort;
        private boolean tiedToThisJvm = true;
        private boolean authEnabled;

        private Builder() {}

        /** Where meta, data and WAL go. Defaults to a temporary directory deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The HTTP port on 127.0.0.1. Defaults to 0, a free port chosen at start. */
        public Builder httpPort(int httpPort) {
            this.httpPort = httpPort;
            return this;
        }

        /**
         * Whether influxd requires credentials ({@code [http] auth-enabled}). Defaults to false.
         * With it, the first user must be an admin, created without credentials: {@code CREATE USER
         * ... WITH ALL PRIVILEGES}; {@code /ping} stays open.
         */
        public Builder authEnabled(boolean authEnabled) {
            this.authEnabled = authEnabled;
            return this;
        }

        /** Whether influxd dies with this JVM. Defaults to true; false for servers run by hand. */
        public Builder tiedToThisJvm(boolean tied) {
            this.tiedToThisJvm = tied;
            return this;
        }

        /**
         * Writes the configuration, starts influxd and waits until {@code /ping} answers.
         *
         * @throws IllegalStateException if influxd is not installed (the message says how to
         *     install it) or does not come up
         */
        public LocalInflux start() {
            Path influxd = findInfluxd().orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
            boolean temporary = dataDir == null;
            Path dir = temporary ? Directories.createTemp("okr-influx-") : dataDir;
            int port = httpPort == 0 ? FreePorts.find() : httpPort;
            int rpcPort = FreePorts.find();
            try {
                Files.createDirectories(dir);
                Path config = dir.resolve("influxdb.conf");
                Files.writeString(
                        config, config(dir, port, rpcPort, authEnabled), StandardCharsets.UTF_8);
                ServerProcess process =
                        ServerProcess.start(
                                "influxd on 127.0.0.1:" + port,
                                List.of(influxd.toString(), "run", "-config", config.toString()),
                                dir,
                                dir.resolve("influxd.log"),
                                tiedToThisJvm);
                String url = "http://127.0.0.1:" + port;
                process.awaitReady(() -> ping(url), START_TIMEOUT);
                return new LocalInflux(process, dir, temporary, port);
            } catch (IOException e) {
                if (temporary) {
                    Directories.deleteRecursively(dir);
                }
                throw new UncheckedIOException("could not start influxd in " + dir, e);
            } catch (RuntimeException e) {
                if (temporary) {
                    Directories.deleteRecursively(dir);
                }
                throw e;
            }
        }

        /** A configuration that binds to loopback only and reports nothing anywhere. */
        private static String config(Path dir, int httpPort, int rpcPort, boolean auth) {
            return """
                    reporting-enabled = false
                    bind-address = "127.0.0.1:%2$d"
                    [meta]
                      dir = "%3$s/meta"
                      logging-enabled = false
                    [data]
                      dir = "%3$s/data"
                      wal-dir = "%3$s/wal"
                      index-version = "inmem"
                      query-log-enabled = false
                      max-values-per-tag = 0
                    [http]
                      enabled = true
                      bind-address = "127.0.0.1:%1$d"
                      log-enabled = false
                      suppress-write-log = true
                      pprof-enabled = false
                      auth-enabled = %4$s
                    [logging]
                      level = "warn"
                    [monitor]
                      store-enabled = false
                    [subscriber]
                      enabled = false
                    [continuous_queries]
                      enabled = false
                    """
                    .formatted(httpPort, rpcPort, dir.toAbsolutePath(), auth);
        }
    }
}
