package dev.okr.okrfile.internal;

import java.io.IOException;

/**
 * A file that cannot be read as a YAML tree of plain values, with where and a plain sentence: a
 * syntax error, an explicit tag, a duplicate key, an alias bomb. Nothing of the file is used.
 */
public final class YamlSyntaxException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public YamlSyntaxException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based; 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when the problem concerns the whole file. */
    public int column() {
        return column;
    }
}
