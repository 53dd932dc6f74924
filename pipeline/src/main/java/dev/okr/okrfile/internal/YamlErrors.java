package dev.okr.okrfile.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the parser's technical errors into plain sentences at the place they name. */
final class YamlErrors {

    private YamlErrors() {}

    static YamlSyntaxException notYaml(JsonProcessingException e) {
        MarkedYAMLException marked = markedCause(e);
        if (marked != null && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return new YamlSyntaxException(
                    mark.getLine() + 1, mark.getColumn() + 1, sentence(marked.getProblem()));
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new YamlSyntaxException(line, column, sentence(e.getOriginalMessage()));
    }

    static YamlSyntaxException tooDeep(StreamConstraintsException e) {
        JsonLocation at = e.getLocation();
        return new YamlSyntaxException(
                at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()),
                "the file nests mappings and lists more than "
                        + YamlTreeReader.MAX_DEPTH
                        + " deep, far more than any OKR file needs; check the indentation");
    }

    private static String sentence(String problem) {
        String p = problem == null ? "" : problem.strip();
        if (p.contains("'\\t'") || p.contains("\\t(TAB)")) {
            return OkrFileText.TAB_SENTENCE;
        }
        if (p.startsWith("mapping values are not allowed")) {
            return "this is not valid YAML: a colon here starts a key where none can start;"
                    + " check the indentation, and quote a text that contains \": \"";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "this is not valid YAML: a key needs a colon after it; check the line above"
                    + " too";
        }
        if (p.startsWith("expected <block end>")) {
            return "this is not valid YAML: this line is indented differently from the lines"
                    + " around it; line up keys of the same mapping";
        }
        if (p.startsWith("found unexpected end of stream") || p.endsWith("<stream end>")) {
            return "this is not valid YAML: the file ends inside a quoted text or a [list] or"
                    + " {mapping}; close it";
        }
        return "this is not valid YAML ("
                + p
                + "); check the indentation, colons and quotes near here";
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }
}
