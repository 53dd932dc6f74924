package dev.okr.okrfile.internal;

import java.io.IOException;

/** A path that names no readable file: missing, a directory, or without read permission. */
public final class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
