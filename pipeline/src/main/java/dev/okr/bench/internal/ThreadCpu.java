package dev.okr.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time this JVM's threads spend while a run goes on, by what they do: the garbage
 * collector, the threads that write checkpoints, the JIT compiler. Read from Linux's counters of
 * each thread ({@code /proc/self/task/<tid>/schedstat}, nanoseconds on a core, and {@code comm},
 * the name), every half second and at the end. JFR's execution samples leave out the collector's
 * threads, and a checkpoint costs more there than in its own thread.
 *
 * <p>A thread that ends between two samples loses what it spent since the last one, at most half a
 * second: the kinds counted here live as long as the JVM (the collector, the compiler) or are idle
 * when they end (a job's checkpoint pool, after its last checkpoint). What the job's own threads
 * spend is the JVM's total less these.
 */
public final class ThreadCpu implements AutoCloseable {

    /** What a thread does, told by its name (the first 15 characters, as Linux keeps it). */
    public enum Kind {
        GARBAGE_COLLECTOR,
        CHECKPOINT,
        COMPILER,
        OTHER;

        static Kind of(String threadName) {
            if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
                return GARBAGE_COLLECTOR;
            }
            // Flink's pool for the asynchronous part of checkpoints: AsyncOperations-thread-N.
            if (threadName.startsWith("AsyncOperations")) {
                return CHECKPOINT;
            }
            if (threadName.contains("CompilerThre")) {
                return COMPILER;
            }
            return OTHER;
        }
    }

    /** One thread as one sample saw it. */
    record Sample(String name, long cpuNanos) {}

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long PERIOD_MILLIS = 500;

    private final Map<String, Sample> before;
    private final Map<String, Sample> latest = new HashMap<>();
    private final Thread sampler;

    private ThreadCpu() {
        before = sample();
        latest.putAll(before);
        sampler = new Thread(this::sampleUntilInterrupted, "okr-bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Starts counting.
     *
     * @throws IllegalStateException when this system has no per-thread counters (not Linux)
     */
    public static ThreadCpu start() {
        if (!Files.isDirectory(TASKS)) {
            throw new IllegalStateException(
                    "okr bench reads each thread's CPU time from "
                            + TASKS
                            + ", which only Linux has");
        }
        return new ThreadCpu();
    }

    /** Stops counting, and returns the CPU seconds spent since {@link #start} by each kind. */
    public Map<Kind, Double> stop() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
        Map<String, Sample> last = sample();
        synchronized (latest) {
            latest.putAll(last);
            return secondsSpent(before, latest);
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    /**
     * Per kind, what each thread's counter went up by between {@code before} and {@code latest}; a
     * thread absent from {@code before} started since, from zero, and so did one whose id Linux
     * gave again to a thread of another name or with less time.
     */
    static Map<Kind, Double> secondsSpent(Map<String, Sample> before, Map<String, Sample> latest) {
        Map<Kind, Double> seconds = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            seconds.put(kind, 0.0);
        }
        latest.forEach(
                (tid, now) -> {
                    Sample then = before.get(tid);
                    boolean same =
                            then != null
                                    && then.name().equals(now.name())
                                    && then.cpuNanos() <= now.cpuNanos();
                    long start = same ? then.cpuNanos() : 0;
                    seconds.merge(Kind.of(now.name()), (now.cpuNanos() - start) / 1e9, Double::sum);
                });
        return seconds;
    }

    private void sampleUntilInterrupted() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(PERIOD_MILLIS);
                Map<String, Sample> now = sample();
                synchronized (latest) {
                    latest.putAll(now);
                }
            }
        } catch (InterruptedException e) {
            // stop() or close(): the final sample is stop()'s.
            Thread.currentThread().interrupt();
        }
    }

    /** Every thread of this JVM now; threads that end while it reads are left out. */
    private static Map<String, Sample> sample() {
        Map<String, Sample> threads = new HashMap<>();
        List<Path> tasks;
        try (Stream<Path> list = Files.list(TASKS)) {
            tasks = list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + TASKS, e);
        }
        for (Path task : tasks) {
            try {
                String schedstat = Files.readString(task.resolve("schedstat"));
                String name = Files.readString(task.resolve("comm")).strip();
                long cpuNanos = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                threads.put(task.getFileName().toString(), new Sample(name, cpuNanos));
            } catch (NoSuchFileException ended) {
                // The thread ended between the listing and the read: its last sample stands.
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + task, e);
            }
        }
        return threads;
    }
}
