package dev.okr.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okr.okrfile.Problem;
import dev.okr.okrfile.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of {@code okr validate --format json}, one object for CI pipelines:
 *
 * <pre>{@code
 * {"valid": false, "errors": 1, "warnings": 0, "files": ["okrs.yaml"],
 *  "problems": [{"file": "okrs.yaml", "line": 14, "column": 7, "severity": "error",
 *                "objective": "onboarding", "key_result": "aha", "message": "key result ..."}]}
 * }</pre>
 *
 * {@code line} and {@code column} are null for a problem of the whole file (too large, not text,
 * unreadable); {@code objective} and {@code key_result} are null when the problem concerns none.
 */
final class ValidationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ValidationJson() {}

    static String write(ValidationReport report, List<Path> files) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("valid", report.isValid());
        root.put("errors", report.errors().size());
        root.put("warnings", report.warnings().size());
        ArrayNode names = root.putArray("files");
        files.forEach(f -> names.add(f.toString()));
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(p -> problems.add(problem(p)));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", p.position().file());
        if (p.position().isWholeFile()) {
            node.putNull("line");
            node.putNull("column");
        } else {
            node.put("line", p.position().line());
            node.put("column", p.position().column());
        }
        node.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        node.put("objective", p.objective());
        node.put("key_result", p.keyResult());
        node.put("message", p.message());
        return node;
    }
}
