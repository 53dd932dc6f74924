package dev.okr.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server running as a child process, with its output in a log file, stopped by its PID.
 *
 * <p>A server <em>tied</em> to this JVM also dies when this JVM dies, even by {@code kill -9}: it
 * is started through {@code setpriv --pdeathsig KILL}, and from one long-lived launcher thread,
 * because Linux sends the parent-death signal when the thread that forked the child ends, not only
 * the process. It is also put in its own session ({@code setsid}), so that Ctrl-C in a terminal
 * reaches this JVM only, which then stops its servers in order.
 *
 * <p>A detached server outlives this JVM; it is stopped later by the PID written to its pid file.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /** One thread that lives as long as the JVM: the parent thread of every tied server. */
    private static final ExecutorService LAUNCHER =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "okr-server-launcher");
                        t.setDaemon(true);
                        return t;
                    });

    private final String name;
    private final Process process;
    private final Path logFile;

    private ServerProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} with its standard output and error appended to {@code logFile}.
     *
     * @param tiedToThisJvm whether the server must die with this JVM (tests, the demo) or outlive
     *     it (servers started by hand with {@code infra/local} scripts)
     */
    public static ServerProcess start(
            String name, List<String> command, Path workDir, Path logFile, boolean tiedToThisJvm)
            throws IOException {
        List<String> full = new ArrayList<>();
        // setpriv first: it sets the parent-death signal on this very process, then execs setsid,
        // which (not being a process-group leader) detaches from the terminal without forking.
        if (tiedToThisJvm && Files.isExecutable(SETPRIV)) {
            full.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "KILL"));
        }
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(full)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        try {
            Process process =
                    tiedToThisJvm ? LAUNCHER.submit(builder::start).get() : builder.start();
            return new ServerProcess(name, process, logFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + name, e);
        } catch (ExecutionException e) {
            throw new IOException("could not start " + name + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The operating-system process id of the server. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Waits until {@code ready} holds, checking every 100 ms.
     *
     * @throws IllegalStateException if the server exits first or {@code timeout} passes; the
     *     message carries the end of the server's log
     */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name
                                + " exited with code "
                                + process.exitValue()
                                + " before it was ready. Its log "
                                + logFile
                                + " ends with:\n"
                                + Logs.tail(logFile, 30));
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException(
                        name
                                + " was not ready within "
                                + timeout.toSeconds()
                                + " s. Its log "
                                + logFile
                                + " ends with:\n"
                                + Logs.tail(logFile, 30));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    /** Stops the server by its PID: SIGTERM, then SIGKILL if it has not exited after 20 s. */
    @Override
    public void close() {
        stop(process.toHandle(), Duration.ofSeconds(20));
    }

    /** Stops the process {@code pid} the same way; does nothing when it is not running. */
    public static void stop(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> stop(handle, Duration.ofSeconds(20)));
    }

    private static void stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
