package dev.okr.okrfile;

import dev.okr.okrfile.internal.FileOutline;
import dev.okr.okrfile.internal.OkrFileParser;
import dev.okr.okrfile.internal.OkrFileText;
import dev.okr.okrfile.internal.Problems;
import dev.okr.okrfile.internal.SetChecks;
import dev.okr.okrfile.internal.UnreadableFileException;
import dev.okr.okrfile.internal.YamlSyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and validates OKR files (SPEC §2) into an {@link OkrSet}. Safe on any input: a file over 1
 * MiB is rejected before it is read, YAML is parsed as plain values only (no tag, no class
 * instantiated, aliases bounded), and every problem of every file is reported at once with its
 * {@code file:line:column}, by line within each file.
 */
public final class OkrFileLoader {

    private OkrFileLoader() {}

    /** Validates files used together; never throws for what the files hold. */
    public static ValidationReport validate(List<Path> paths) {
        Map<String, Optional<String>> texts = new LinkedHashMap<>();
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Path path : paths) {
            String name = path.toString();
            problems.put(name, new ArrayList<>());
            try {
                texts.put(name, Optional.of(OkrFileText.read(path)));
            } catch (UnreadableFileException e) {
                unreadable.add(name);
                texts.put(name, Optional.empty());
                problems.get(name).add(wholeFile(name, e.getMessage()));
            } catch (YamlSyntaxException e) {
                texts.put(name, Optional.empty());
                problems.get(name).add(wholeFile(name, e.getMessage()));
            }
        }
        return check(texts, problems, unreadable);
    }

    /**
     * Validates texts used together, each under a file name for the messages, in map order: for
     * tests and tools that hold OKR files in memory.
     */
    public static ValidationReport validateTexts(Map<String, String> textsByName) {
        Map<String, Optional<String>> texts = new LinkedHashMap<>();
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        textsByName.forEach(
                (name, text) -> {
                    texts.put(name, Optional.of(text));
                    problems.put(name, new ArrayList<>());
                });
        return check(texts, problems, List.of());
    }

    /**
     * The valid set of these files, as {@code okr run} needs it.
     *
     * @throws InvalidOkrFileException with every problem when a file is unreadable or has an error
     */
    public static OkrSet load(List<Path> paths) throws InvalidOkrFileException {
        return orThrow(validate(paths));
    }

    /** The valid set of one in-memory OKR file, e.g. a test's text block. */
    public static OkrSet loadText(String name, String yaml) throws InvalidOkrFileException {
        return orThrow(validateTexts(Map.of(name, yaml)));
    }

    private static OkrSet orThrow(ValidationReport report) throws InvalidOkrFileException {
        if (!report.isValid()) {
            throw new InvalidOkrFileException(report.problems());
        }
        return report.okrSet().orElseThrow();
    }

    private static ValidationReport check(
            Map<String, Optional<String>> texts,
            Map<String, List<Problem>> problems,
            List<String> unreadable) {
        List<FileOutline> outlines = new ArrayList<>();
        texts.forEach(
                (name, text) -> {
                    if (text.isPresent()) {
                        Problems found = new Problems(name);
                        OkrFileParser.parse(text.get(), found).ifPresent(outlines::add);
                        problems.get(name).addAll(found.all());
                    }
                });
        boolean complete = outlines.size() == texts.size();
        for (Problem p : SetChecks.check(outlines, complete)) {
            problems.get(p.position().file()).add(p);
        }
        List<Problem> all = new ArrayList<>();
        problems.values().forEach(list -> list.stream().sorted(Problem.BY_LINE).forEach(all::add));
        boolean valid = complete && all.stream().noneMatch(Problem::isError);
        Optional<OkrSet> set =
                valid
                        ? Optional.of(
                                new OkrSet(outlines.stream().map(FileOutline::okrFile).toList()))
                        : Optional.empty();
        return new ValidationReport(all, set, unreadable);
    }

    private static Problem wholeFile(String name, String message) {
        return new Problem(Severity.ERROR, SourcePosition.wholeFile(name), null, null, message);
    }
}
