package dev.okr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDocTest {

    private static final String OTHERS = "# Benchmarks\n\nIntro.\n\n## InfluxDB sink\n\nFigures.\n";

    @Test
    void appendsTheSectionBetweenMarkersWhenThereIsNone() {
        String doc = BenchDoc.replaceSection(OTHERS, "## okr bench\n\nnew\n");

        assertThat(doc)
                .isEqualTo(
                        OTHERS
                                + "\n"
                                + BenchDoc.BEGIN
                                + "\n## okr bench\n\nnew\n"
                                + BenchDoc.END
                                + "\n");
    }

    @Test
    void replacesOnlyTheTextBetweenTheMarkers() {
        String before =
                OTHERS
                        + "\n"
                        + BenchDoc.BEGIN
                        + "\nold\n"
                        + BenchDoc.END
                        + "\n\n## After\n\nKept.\n";

        String doc = BenchDoc.replaceSection(before, "new");

        assertThat(doc)
                .isEqualTo(
                        OTHERS
                                + "\n"
                                + BenchDoc.BEGIN
                                + "\nnew\n"
                                + BenchDoc.END
                                + "\n\n## After\n\nKept.\n");
        assertThat(BenchDoc.replaceSection(doc, "new")).as("idempotent").isEqualTo(doc);
    }

    @Test
    void refusesADocumentWithOneMarkerOnly() {
        assertThatThrownBy(() -> BenchDoc.replaceSection(OTHERS + BenchDoc.BEGIN, "x"))
                .hasMessageContaining("one bench marker");
    }

    @Test
    void writesAMissingFileAndKeepsTheRestOfAnExistingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("docs/benchmarks.md");
        BenchDoc.write(file, "first");
        assertThat(Files.readString(file))
                .isEqualTo(BenchDoc.BEGIN + "\nfirst\n" + BenchDoc.END + "\n");

        Files.writeString(file, OTHERS + "\n" + Files.readString(file));
        BenchDoc.write(file, "second");

        assertThat(Files.readString(file))
                .startsWith(OTHERS)
                .contains("second")
                .doesNotContain("first");
    }
}
