package dev.okr.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checkpoints a stopped demo's job left in its checkpoint directory ({@code <job id>/chk-N}):
 * the next demo goes on from the newest, so it neither reads the whole history again nor sends its
 * malformed records to the dead-letter topic a second time.
 */
final class RetainedCheckpoints {

    private RetainedCheckpoints() {}

    /** The newest complete checkpoint (one with its {@code _metadata}) under {@code dir}. */
    static Optional<Path> latest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(dir)) {
            return jobs.filter(Files::isDirectory)
                    .flatMap(RetainedCheckpoints::checkpointsOf)
                    .filter(chk -> Files.exists(chk.resolve("_metadata")))
                    .max(Comparator.comparing(RetainedCheckpoints::written));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the checkpoints in " + dir, e);
        }
    }

    /** Deletes the checkpoints of every job but {@code keepJob}: only the newest run's count. */
    static void deleteAllBut(Path dir, String keepJob) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> jobs = Files.list(dir)) {
            List<Path> old =
                    jobs.filter(Files::isDirectory)
                            .filter(job -> !job.getFileName().toString().equals(keepJob))
                            .toList();
            old.forEach(dev.okr.infra.local.Directories::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the checkpoints in " + dir, e);
        }
    }

    private static Stream<Path> checkpointsOf(Path job) {
        try (Stream<Path> entries = Files.list(job)) {
            return entries
                    .filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + job, e);
        }
    }

    private static FileTime written(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + checkpoint, e);
        }
    }
}
