package dev.okr.okrfile;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem the validator found, where it is and what to do about it. The message is a plain
 * sentence that starts with what it is about (for example {@code key result "aha" has target equal
 * to baseline (10); a key result must move a number}).
 *
 * @param objective the id of the objective concerned, or null
 * @param keyResult the id of the key result concerned, or null
 */
public record Problem(
        Severity severity,
        SourcePosition position,
        String objective,
        String keyResult,
        String message) {

    /** File order is the caller's; inside a file, problems sort by line, then column. */
    public static final Comparator<Problem> BY_LINE =
            Comparator.comparingInt((Problem p) -> p.position().line())
                    .thenComparingInt(p -> p.position().column());

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * As a compiler prints it: {@code file:line:column: message}, with {@code warning: } before a
     * warning's message.
     */
    @Override
    public String toString() {
        return position + ": " + (isError() ? "" : "warning: ") + message;
    }
}
