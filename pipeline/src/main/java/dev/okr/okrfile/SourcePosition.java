package dev.okr.okrfile;

import java.io.Serializable;
import java.util.Objects;

/**
 * A place in an OKR file, as a person finds it in an editor: the file as it was named, a 1-based
 * line and a 1-based column. Line 0 means the file as a whole.
 */
public record SourcePosition(String file, int line, int column) implements Serializable {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 0 or more");
        }
    }

    /** The file as a whole, for problems that have no line. */
    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** Whether this names the file as a whole rather than a line of it. */
    public boolean isWholeFile() {
        return line == 0;
    }

    /** {@code file:line:column}, or {@code file} for the whole file. */
    @Override
    public String toString() {
        return isWholeFile() ? file : file + ":" + line + ":" + column;
    }
}
