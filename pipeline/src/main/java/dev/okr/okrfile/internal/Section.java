package dev.okr.okrfile.internal;

import dev.okr.okrfile.internal.YamlNode.Entry;
import dev.okr.okrfile.internal.YamlNode.Mapping;
import dev.okr.okrfile.internal.YamlNode.Scalar;
import dev.okr.okrfile.internal.YamlNode.ScalarType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One mapping of an OKR file being read (the file, an objective, a key result, a metric), with
 * typed getters that report a plain sentence at the value's place and return null when the value is
 * absent or wrong, so that reading goes on and every problem is found in one pass.
 */
final class Section {

    private final Mapping mapping;
    private final Subject subject;
    private final Problems problems;

    Section(Mapping mapping, Subject subject, Problems problems) {
        this.mapping = mapping;
        this.subject = subject;
        this.problems = problems;
    }

    Subject subject() {
        return subject;
    }

    Problems problems() {
        return problems;
    }

    Mapping mapping() {
        return mapping;
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    Optional<Entry> entry(String key) {
        return mapping.entry(key);
    }

    /**
     * Reports every key not in {@code known}, with a suggestion when one is close.
     *
     * @param keyWord how a key is called here, e.g. {@code key} or {@code metric option}
     * @param owner what has these keys, e.g. {@code a key result}
     */
    void rejectUnknownKeys(List<String> known, String keyWord, String owner) {
        for (Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                String advice =
                        Suggestions.closest(entry.key(), known)
                                .map(c -> "; did you mean \"" + c + "\"?")
                                .orElse("; " + owner + " takes " + Suggestions.list(known));
                errorAtKey(entry, "has unknown " + keyWord + " \"" + entry.key() + "\"" + advice);
            }
        }
    }

    void error(YamlNode at, String predicate) {
        problems.error(problems.at(at), subject, subject.says(predicate));
    }

    void errorAtKey(Entry entry, String predicate) {
        problems.error(problems.at(entry.line(), entry.column()), subject, subject.says(predicate));
    }

    /** Reports that a required key is missing, at the start of the mapping. */
    void missing(String key, String advice) {
        error(mapping, "has no " + key + "; " + advice);
    }

    /** A scalar's text: any plain or quoted scalar, numbers and booleans as written. */
    String text(String key) {
        return entry(key).map(e -> text(e, e.value())).orElse(null);
    }

    String text(Entry entry, YamlNode value) {
        if (value instanceof Scalar s) {
            if (s.type() == ScalarType.NULL || s.text().isBlank()) {
                error(value, "has an empty " + entry.key() + "; write a value or remove the key");
                return null;
            }
            return s.text().strip();
        }
        error(value, "has " + value.describe() + " as " + entry.key() + "; write a single value");
        return null;
    }

    /** A required text; reports the missing key with the advice. */
    String requiredText(String key, String advice) {
        if (!has(key)) {
            missing(key, advice);
            return null;
        }
        return text(key);
    }

    /** A decimal number; words, percentages and separators are reported with the example. */
    Double number(String key, String example) {
        Optional<Entry> entry = entry(key);
        if (entry.isEmpty()) {
            return null;
        }
        String text = text(entry.get(), entry.get().value());
        if (text == null) {
            return null;
        }
        OptionalDouble n = Scalars.number(text);
        if (n.isEmpty()) {
            notANumber(entry.get().value(), key, text, example);
            return null;
        }
        return n.getAsDouble();
    }

    void notANumber(YamlNode at, String key, String text, String example) {
        error(
                at,
                "has "
                        + key
                        + " \""
                        + text
                        + "\", which is not a number; write it in digits without separators,"
                        + " e.g. "
                        + key
                        + ": "
                        + example);
    }

    /** A whole number of at least {@code min}. */
    Integer whole(String key, int min, String example) {
        Double n = number(key, example);
        if (n == null) {
            return null;
        }
        if (n != Math.rint(n) || n < min || n > Integer.MAX_VALUE) {
            error(
                    entry(key).orElseThrow().value(),
                    "has "
                            + key
                            + " "
                            + Scalars.format(n)
                            + "; write a whole number of "
                            + min
                            + " or more, e.g. "
                            + key
                            + ": "
                            + example);
            return null;
        }
        return n.intValue();
    }

    /** A date written {@code YYYY-MM-DD}. */
    LocalDate date(String key) {
        Optional<Entry> entry = entry(key);
        String text = entry.map(e -> text(e, e.value())).orElse(null);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = Scalars.date(text);
        if (date.isEmpty()) {
            error(
                    entry.get().value(),
                    "has "
                            + key
                            + " \""
                            + text
                            + "\", which is not a date; write it as YYYY-MM-DD, e.g. "
                            + key
                            + ": 2026-11-15");
        }
        return date.orElse(null);
    }

    /** One of a few words, e.g. {@code committed}; reports others with a suggestion. */
    String choice(String key, List<String> choices) {
        String text = text(key);
        if (text == null || choices.contains(text)) {
            return text;
        }
        String advice =
                Suggestions.closest(text, choices)
                        .map(c -> "; did you mean \"" + c + "\"?")
                        .orElse("; write " + Suggestions.list(choices).replace(" and ", " or "));
        error(
                entry(key).orElseThrow().value(),
                "has unknown " + key + " \"" + text + "\"" + advice);
        return null;
    }

    /** A nested mapping as a section of the same subject; reports any other kind of value. */
    Section section(String key, String example) {
        Optional<Entry> entry = entry(key);
        if (entry.isEmpty()) {
            return null;
        }
        if (entry.get().value() instanceof Mapping m) {
            return new Section(m, subject, problems);
        }
        error(
                entry.get().value(),
                "has "
                        + entry.get().value().describe()
                        + " as "
                        + key
                        + "; write a mapping, e.g. "
                        + key
                        + ": "
                        + example);
        return null;
    }
}
