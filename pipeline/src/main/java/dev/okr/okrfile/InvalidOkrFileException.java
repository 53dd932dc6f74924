package dev.okr.okrfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when OKR files cannot be used: unreadable, or with at least one error. The message lists
 * every problem, one per line, as {@code okr validate} prints them.
 */
public final class InvalidOkrFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidOkrFileException(List<Problem> problems) {
        super(
                problems.stream()
                        .map(Problem::toString)
                        .collect(Collectors.joining("\n", "invalid OKR files:\n", "")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, warnings included. */
    public List<Problem> problems() {
        return problems;
    }
}
