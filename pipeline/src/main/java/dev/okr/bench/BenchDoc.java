package dev.okr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of {@code docs/benchmarks.md} that {@code okr bench} owns: the text between two HTML
 * comment markers, replaced on every run; the rest of the file is kept as it is. Without markers
 * the section is appended.
 */
public final class BenchDoc {

    public static final String BEGIN =
            "<!-- okr bench: begin (written by okr bench; edits are lost) -->";
    public static final String END = "<!-- okr bench: end -->";

    private BenchDoc() {}

    /** {@code document} with its bench section replaced by {@code section}. */
    public static String replaceSection(String document, String section) {
        String block = BEGIN + "\n" + section.strip() + "\n" + END;
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin >= 0 && end > begin) {
            return document.substring(0, begin) + block + document.substring(end + END.length());
        }
        if (begin >= 0 || end >= 0) {
            throw new IllegalArgumentException(
                    "the document has one bench marker without the other; fix it by hand");
        }
        String head =
                document.isEmpty() || document.endsWith("\n\n")
                        ? document
                        : document.strip() + "\n\n";
        return head + block + "\n";
    }

    /** Replaces the bench section of {@code file}, creating the file when missing. */
    public static void write(Path file, String section) throws IOException {
        String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, replaceSection(document, section), StandardCharsets.UTF_8);
    }
}
