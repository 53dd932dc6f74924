package dev.okr.okrfile.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.okr.okrfile.internal.YamlNode.Entry;
import dev.okr.okrfile.internal.YamlNode.ScalarType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a tree of {@link YamlNode}s with positions, streaming Jackson's parser. It
 * binds no class and resolves no tag: explicit tags are errors ({@link StrictYamlParser}), and so
 * are duplicate keys and merge keys ({@code <<}). An alias ({@code *name}) shares the anchored node
 * instead of copying it, so memory stays bounded by the file's size; the values aliases stand for
 * are counted, and a file whose aliases expand beyond {@value #MAX_ALIAS_VALUES} values (a "billion
 * laughs" bomb) is rejected as soon as that count is passed.
 */
public final class YamlTreeReader {

    /** The most values all aliases of a file may stand for together. */
    public static final int MAX_ALIAS_VALUES = 10_000;

    /** The deepest nesting of mappings and lists; an OKR file needs about 8. */
    public static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = strictFactory();

    private final StrictYamlParser parser;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Integer> sizes = new IdentityHashMap<>();
    private long aliasValues;

    private YamlTreeReader(StrictYamlParser parser) {
        this.parser = parser;
    }

    /**
     * The document's root value; empty when the text holds none (no content, only comments, or a
     * bare {@code ---}).
     */
    public static Optional<YamlNode> read(String text) throws YamlSyntaxException {
        try (StrictYamlParser parser =
                (StrictYamlParser) FACTORY.createParser(new StringReader(text))) {
            YamlTreeReader reader = new YamlTreeReader(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = reader.value(first);
            if (parser.nextToken() != null) {
                throw reader.problem(
                        "this is a second YAML document in the file (after ---); keep one OKR"
                                + " document per file");
            }
            boolean empty = root instanceof YamlNode.Scalar s && s.type() == ScalarType.NULL;
            return empty ? Optional.empty() : Optional.of(root);
        } catch (YamlSyntaxException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw YamlErrors.tooDeep(e);
        } catch (JsonProcessingException e) {
            throw YamlErrors.notYaml(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
    }

    private YamlNode value(JsonToken token) throws IOException {
        if (token == null) {
            throw problem("the file ends where a value should follow; complete the last entry");
        }
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        String anchor = parser.lastAnchor();
        YamlNode node;
        switch (token) {
            case START_OBJECT -> node = mapping(line, column);
            case START_ARRAY -> node = sequence(line, column);
            case VALUE_STRING -> {
                if (parser.isCurrentAlias()) {
                    return alias(parser.getText(), line, column);
                }
                node = scalar(ScalarType.TEXT, line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    node = scalar(ScalarType.NUMBER, line, column);
            case VALUE_TRUE, VALUE_FALSE -> node = scalar(ScalarType.BOOLEAN, line, column);
            case VALUE_NULL -> node = scalar(ScalarType.NULL, line, column);
            default -> throw problem("this YAML value is not a plain value (" + token + ")");
        }
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YamlNode scalar(ScalarType type, int line, int column) throws IOException {
        YamlNode node = new YamlNode.Scalar(parser.getText(), type, line, column);
        sizes.put(node, 1);
        return node;
    }

    private YamlNode mapping(int line, int column) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int size = 1;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t == null) {
                throw problem("the file ends inside a mapping; complete or close it");
            }
            String key = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            Entry earlier = entries.get(key);
            if (earlier != null) {
                throw new YamlSyntaxException(
                        at.getLineNr(),
                        at.getColumnNr(),
                        "the key \""
                                + key
                                + "\" appears twice in this mapping (first on line "
                                + earlier.line()
                                + "); keep one");
            }
            if (key.equals("<<")) {
                throw new YamlSyntaxException(
                        at.getLineNr(),
                        at.getColumnNr(),
                        "merge keys (<<) are not supported in an OKR file; write the keys out");
            }
            YamlNode value = value(parser.nextToken());
            size += sizes.get(value);
            entries.put(key, new Entry(key, at.getLineNr(), at.getColumnNr(), value));
        }
        YamlNode node = new YamlNode.Mapping(entries, line, column);
        sizes.put(node, size);
        return node;
    }

    private YamlNode sequence(int line, int column) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        int size = 1;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw problem("the file ends inside a list; complete or close it");
            }
            YamlNode item = value(t);
            size += sizes.get(item);
            items.add(item);
        }
        YamlNode node = new YamlNode.Sequence(items, line, column);
        sizes.put(node, size);
        return node;
    }

    private YamlNode alias(String name, int line, int column) throws YamlSyntaxException {
        YamlNode node = anchors.get(name);
        if (node == null) {
            throw new YamlSyntaxException(
                    line,
                    column,
                    "the alias *"
                            + name
                            + " refers to no anchor &"
                            + name
                            + " written before it; define the anchor first or write the value"
                            + " out");
        }
        aliasValues += sizes.get(node);
        if (aliasValues > MAX_ALIAS_VALUES) {
            throw new YamlSyntaxException(
                    line,
                    column,
                    "the aliases (*name) in this file stand for more than "
                            + MAX_ALIAS_VALUES
                            + " values, far more than any OKR file needs (a YAML alias bomb);"
                            + " write the values out instead");
        }
        return node;
    }

    private YamlSyntaxException problem(String message) {
        JsonLocation at = parser.currentTokenLocation();
        return new YamlSyntaxException(at.getLineNr(), at.getColumnNr(), message);
    }

    private static YAMLFactory strictFactory() {
        LoaderOptions options = new LoaderOptions();
        // The file size is checked before parsing; this is SnakeYAML's own second fence.
        options.setCodePointLimit(2 * OkrFileText.MAX_BYTES);
        options.setProcessComments(false);
        return new StrictYamlFactory(
                YAMLFactory.builder()
                        .loaderOptions(options)
                        .streamReadConstraints(
                                StreamReadConstraints.builder()
                                        .maxNestingDepth(MAX_DEPTH)
                                        .maxDocumentLength(2L * OkrFileText.MAX_BYTES)
                                        .build())
                        // Only true and false are booleans: "no" is Norway, not false.
                        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS));
    }
}
