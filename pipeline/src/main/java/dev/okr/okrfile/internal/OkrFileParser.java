package dev.okr.okrfile.internal;

import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrFile;
import dev.okr.okrfile.Period;
import dev.okr.okrfile.SourcePosition;
import dev.okr.okrfile.internal.FileOutline.ObjectiveOutline;
import dev.okr.okrfile.internal.YamlNode.Mapping;
import dev.okr.okrfile.internal.YamlNode.Sequence;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one OKR file's text against SPEC §2 and binds it: tabs, YAML, the top-level keys, then
 * each objective. Every problem goes to {@link Problems}; reading goes on past errors, so all
 * problems of the file are found at once.
 */
public final class OkrFileParser {

    static final List<String> KEYS = List.of("period", "timezone", "objectives");

    private static final String GUIDE = "see docs/okr-file.md";

    private OkrFileParser() {}

    /** The file's outline; empty when the text is not a usable YAML mapping at all. */
    public static Optional<FileOutline> parse(String text, Problems problems) {
        List<YamlSyntaxException> tabs = OkrFileText.tabIndentations(text);
        if (!tabs.isEmpty()) {
            tabs.forEach(t -> problems.error(problems.at(t.line(), t.column()), t.getMessage()));
            return Optional.empty();
        }
        Optional<YamlNode> root;
        try {
            root = YamlTreeReader.read(text);
        } catch (YamlSyntaxException e) {
            problems.error(problems.at(e.line(), e.column()), e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty()) {
            problems.error(
                    problems.at(1, 1),
                    "the file is empty; an OKR file needs a period and objectives (" + GUIDE + ")");
            return Optional.empty();
        }
        if (!(root.get() instanceof Mapping mapping)) {
            problems.error(
                    problems.at(root.get()),
                    "the file holds "
                            + root.get().describe()
                            + " where an OKR file is a mapping of period, timezone and objectives"
                            + " ("
                            + GUIDE
                            + ")");
            return Optional.empty();
        }
        return Optional.of(bind(new Section(mapping, Subject.file(), problems)));
    }

    private static FileOutline bind(Section file) {
        Problems problems = file.problems();
        file.rejectUnknownKeys(KEYS, "key", "an OKR file");
        Period period = PeriodBinder.period(file);
        SourcePosition periodAt =
                file.entry("period")
                        .map(e -> problems.at(e.value()))
                        .orElse(problems.at(file.mapping()));
        ZoneId zone = PeriodBinder.zone(file);
        SourcePosition zoneAt =
                file.entry("timezone")
                        .map(e -> problems.at(e.value()))
                        .orElse(problems.at(file.mapping()));
        List<ObjectiveOutline> outlines = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        for (Section objective : objectiveSections(file)) {
            ObjectiveBinder binder = new ObjectiveBinder(objective, period, outlines.size());
            outlines.add(binder.outline());
            binder.objective().ifPresent(objectives::add);
        }
        OkrFile okrFile =
                problems.hasErrors() || period == null || zone == null
                        ? null
                        : new OkrFile(problems.file(), period, zone, objectives);
        return new FileOutline(problems.file(), period, periodAt, zone, zoneAt, outlines, okrFile);
    }

    private static List<Section> objectiveSections(Section file) {
        if (!file.has("objectives")) {
            file.missing("objectives", "add a list of objectives (" + GUIDE + ")");
            return List.of();
        }
        YamlNode node = file.entry("objectives").orElseThrow().value();
        if (!(node instanceof Sequence list) || list.items().isEmpty()) {
            file.error(
                    node,
                    "has "
                            + (node instanceof Sequence ? "an empty list" : node.describe())
                            + " as objectives; write a list with one entry per objective,"
                            + " each starting with \"- id:\"");
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (item instanceof Mapping m) {
                String id = m.get("id").map(OkrFileParser::plainText).orElse(null);
                sections.add(new Section(m, Subject.objective(id, i), file.problems()));
            } else {
                file.error(
                        item,
                        "has "
                                + item.describe()
                                + " as objective "
                                + (i + 1)
                                + "; an objective is a mapping with id, title, team, owner and"
                                + " key_results");
            }
        }
        return sections;
    }

    /** The text of a scalar, for naming a subject before it is checked; else null. */
    static String plainText(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
                ? s.text().strip()
                : null;
    }
}
