package dev.okr.infra.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** Reads the end of a server's log, for error messages that say why a server did not start. */
final class Logs {

    private Logs() {}

    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log was written)";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            all.forEach(
                    line -> {
                        if (last.size() == lines) {
                            last.removeFirst();
                        }
                        last.addLast(line);
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(the log could not be read: " + e.getMessage() + ")";
        }
        return String.join("\n", last);
    }

    static boolean contains(Path file, String text) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            return all.anyMatch(line -> line.contains(text));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
