package dev.okr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetainedCheckpointsTest {

    @Test
    void theNewestCompleteCheckpointOfAnyJobIsWhereTheDemoGoesOn(@TempDir Path dir)
            throws Exception {
        checkpoint(dir, "job-a", "chk-7", "2026-12-04T10:00:00Z");
        Path newest = checkpoint(dir, "job-b", "chk-2", "2026-12-04T11:00:00Z");
        Files.createDirectories(dir.resolve("job-b/chk-3")); // being written: no _metadata yet
        Files.createDirectories(dir.resolve("job-b/shared"));

        assertThat(RetainedCheckpoints.latest(dir)).contains(newest);
    }

    @Test
    void noCheckpointsNoRestore(@TempDir Path dir) {
        assertThat(RetainedCheckpoints.latest(dir)).isEmpty();
        assertThat(RetainedCheckpoints.latest(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void onlyTheLatestJobsCheckpointsAreKept(@TempDir Path dir) throws Exception {
        checkpoint(dir, "job-a", "chk-7", "2026-12-04T10:00:00Z");
        Path kept = checkpoint(dir, "job-b", "chk-2", "2026-12-04T11:00:00Z");

        RetainedCheckpoints.deleteAllBut(dir, "job-b");

        assertThat(dir.resolve("job-a")).doesNotExist();
        assertThat(kept.resolve("_metadata")).exists();
    }

    private static Path checkpoint(Path dir, String job, String chk, String written)
            throws Exception {
        Path checkpoint = Files.createDirectories(dir.resolve(job).resolve(chk));
        Path metadata = Files.writeString(checkpoint.resolve("_metadata"), "x");
        Files.setLastModifiedTime(metadata, FileTime.from(Instant.parse(written)));
        return checkpoint;
    }
}
