package dev.okr.okrfile.internal;

import dev.okr.okrfile.Problem;
import dev.okr.okrfile.Severity;
import dev.okr.okrfile.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, each with its place; the file's name is set once. */
public final class Problems {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public SourcePosition at(int line, int column) {
        return new SourcePosition(file, line, column);
    }

    public SourcePosition at(YamlNode node) {
        return at(node.line(), node.column());
    }

    public void error(SourcePosition at, Subject subject, String message) {
        problems.add(
                new Problem(Severity.ERROR, at, subject.objective(), subject.keyResult(), message));
    }

    public void warning(SourcePosition at, Subject subject, String message) {
        problems.add(
                new Problem(
                        Severity.WARNING, at, subject.objective(), subject.keyResult(), message));
    }

    /** An error that concerns no objective or key result. */
    public void error(SourcePosition at, String message) {
        error(at, new Subject(null, null, ""), message);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The problems so far, in the order found. */
    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
