package dev.okr.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Watches a checkpoint directory while a job runs and keeps the size of the largest completed
 * checkpoint ({@code chk-N} with its {@code _metadata}): with the heap state backend every
 * checkpoint is complete, so its size is the job's checkpointed state. Flink deletes checkpoints
 * when the job ends, so they are looked at while it runs, every 200 ms.
 */
final class CheckpointSizes implements AutoCloseable {

    private final Path dir;
    private final AtomicLong largest = new AtomicLong();
    private final Thread watcher;
    private volatile boolean stopped;

    CheckpointSizes(Path dir) {
        this.dir = dir;
        this.watcher = new Thread(this::watch, "checkpoint-sizes");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The largest completed checkpoint seen so far, in bytes; 0 when none was seen. */
    long largest() {
        return largest.get();
    }

    private void watch() {
        while (!stopped) {
            try {
                largest.accumulateAndGet(newest(), Math::max);
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (UncheckedIOException | IOException e) {
                // A checkpoint deleted while it was measured: the next look sees the next one.
            }
        }
    }

    private long newest() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long max = 0;
        try (Stream<Path> checkpoints = Files.find(dir, 2, (p, a) -> isCompleted(p))) {
            for (Path chk : (Iterable<Path>) checkpoints::iterator) {
                max = Math.max(max, size(chk));
            }
        }
        return max;
    }

    private static boolean isCompleted(Path p) {
        return p.getFileName().toString().startsWith("chk-")
                && Files.exists(p.resolve("_metadata"));
    }

    private static long size(Path chk) throws IOException {
        try (Stream<Path> files = Files.walk(chk)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(
                            f -> {
                                try {
                                    return Files.size(f);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                    .sum();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        watcher.interrupt();
        watcher.join();
    }
}
