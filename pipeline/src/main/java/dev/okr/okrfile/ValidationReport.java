package dev.okr.okrfile;

import java.util.List;
import java.util.Optional;

/**
 * What validating a set of OKR files found: every problem of every file, in the order the files
 * were given and by line inside each, and the validated {@link OkrSet} when there is no error.
 *
 * @param unreadable the files that could not be read at all (missing, a directory, no permission);
 *     each also has an error among the problems
 */
public record ValidationReport(
        List<Problem> problems, Optional<OkrSet> okrSet, List<String> unreadable) {

    public ValidationReport {
        problems = List.copyOf(problems);
        unreadable = List.copyOf(unreadable);
        if (okrSet.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a set with errors is not valid");
        }
    }

    /** Whether the files are valid: no error (warnings allowed). */
    public boolean isValid() {
        return okrSet.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
