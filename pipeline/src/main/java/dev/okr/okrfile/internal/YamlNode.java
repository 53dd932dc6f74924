package dev.okr.okrfile.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of a YAML document with the line and column it starts at (1-based), so that every problem
 * found later points into the file. Built by {@link YamlTreeReader}; immutable.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    int line();

    int column();

    /** What the node is, for messages: "a text", "a number", "a mapping", "a list". */
    String describe();

    /** What YAML made of a scalar: quoted or plain text, a number, true/false, or null. */
    enum ScalarType {
        TEXT,
        NUMBER,
        BOOLEAN,
        NULL
    }

    /** A scalar with its text exactly as written (without quotes). */
    record Scalar(String text, ScalarType type, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return switch (type) {
                case TEXT -> "the text \"" + text + "\"";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> text;
                case NULL -> "nothing";
            };
        }
    }

    /** One {@code key: value} of a mapping, with the key's position. */
    record Entry(String key, int line, int column, YamlNode value) {}

    /** A mapping; its keys are unique (the reader rejects duplicates) and keep file order. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
