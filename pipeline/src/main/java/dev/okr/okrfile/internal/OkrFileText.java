package dev.okr.okrfile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of an OKR file, read safely before any parsing: the size is checked first (a file over
 * {@value #MAX_BYTES} bytes is rejected without reading it), at most that many bytes are ever read,
 * and the bytes must be UTF-8.
 */
public final class OkrFileText {

    /** The largest OKR file accepted: 1 MiB, about 20,000 key results. */
    public static final int MAX_BYTES = 1024 * 1024;

    static final String TAB_SENTENCE =
            "a tab indents this line; YAML indents with spaces only, so replace the tab with"
                    + " spaces";

    private OkrFileText() {}

    /**
     * The file's text, without a leading byte order mark.
     *
     * @throws UnreadableFileException when the path names no readable regular file
     * @throws YamlSyntaxException when the file is too large or not UTF-8 text
     */
    public static String read(Path path) throws UnreadableFileException, YamlSyntaxException {
        if (Files.isDirectory(path)) {
            throw new UnreadableFileException("is a directory, not an OKR file", null);
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(bytes.length);
            }
            return decode(bytes);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("cannot be read (permission denied)", e);
        } catch (YamlSyntaxException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A problem for each line indented with a tab, which YAML forbids; SnakeYAML's own message for
     * it names no tab.
     */
    public static List<YamlSyntaxException> tabIndentations(String text) {
        List<YamlSyntaxException> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0;
                    c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t');
                    c++) {
                if (line.charAt(c) == '\t') {
                    problems.add(new YamlSyntaxException(i + 1, c + 1, TAB_SENTENCE));
                    break;
                }
            }
        }
        return problems;
    }

    static String decode(byte[] bytes) throws YamlSyntaxException {
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new YamlSyntaxException(
                    0,
                    0,
                    "the file is not UTF-8 text (is it a binary or a spreadsheet?); an OKR file"
                            + " is YAML text");
        }
    }

    private static YamlSyntaxException tooLarge(long bytes) {
        return new YamlSyntaxException(
                0,
                0,
                String.format(
                        Locale.ROOT,
                        "the file is %.1f MiB; an OKR file may be at most 1 MiB, so split it or"
                                + " check that this is the right file",
                        bytes / (1024.0 * 1024.0)));
    }
}
