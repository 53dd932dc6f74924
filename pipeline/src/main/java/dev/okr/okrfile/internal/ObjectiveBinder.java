package dev.okr.okrfile.internal;

import dev.okr.okrfile.Commitment;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.Period;
import dev.okr.okrfile.SourcePosition;
import dev.okr.okrfile.internal.FileOutline.KeyResultId;
import dev.okr.okrfile.internal.FileOutline.ObjectiveOutline;
import dev.okr.okrfile.internal.YamlNode.Entry;
import dev.okr.okrfile.internal.YamlNode.Mapping;
import dev.okr.okrfile.internal.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one objective and its key results, with the warnings of SPEC §2 on its shape. */
final class ObjectiveBinder {

    static final List<String> KEYS =
            List.of("id", "title", "team", "owner", "parent", "commitment", "key_results");

    /** Ids and team names tag every point in InfluxDB and appear in dashboard queries. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    static final int MIN_KEY_RESULTS = 2;
    static final int MAX_KEY_RESULTS = 5;

    private final Section section;
    private final Problems problems;
    private final List<KeyResult> keyResults = new ArrayList<>();
    private final List<KeyResultId> keyResultIds = new ArrayList<>();
    private final ObjectiveOutline outline;
    private Objective objective;

    ObjectiveBinder(Section section, Period period, int index) {
        this.section = section;
        this.problems = section.problems();
        section.rejectUnknownKeys(KEYS, "key", "an objective");
        String id = id(section, "objective", "onboarding");
        String title = section.requiredText("title", "say what the objective wants to achieve");
        String team = team();
        String owner = section.text("owner");
        if (!section.has("owner")) {
            problems.warning(
                    problems.at(section.mapping()),
                    section.subject(),
                    section.subject()
                            .says(
                                    "has no owner; name the person accountable for it, e.g."
                                            + " owner: growth-pm@example.com"));
        }
        String parent = idValue("parent");
        String commitment = section.choice("commitment", List.of("aspirational", "committed"));
        readKeyResults(period);
        outline =
                new ObjectiveOutline(
                        id,
                        at("id"),
                        parent,
                        at("parent"),
                        team,
                        at("team"),
                        List.copyOf(keyResultIds));
        boolean complete = id != null && title != null && team != null;
        if (complete && (owner != null || !section.has("owner"))) {
            objective =
                    new Objective(
                            id,
                            title,
                            team,
                            owner,
                            parent,
                            commitment(commitment),
                            keyResults,
                            problems.at(section.mapping()));
        }
    }

    ObjectiveOutline outline() {
        return outline;
    }

    /** The bound objective; empty when any of its own keys was wrong. */
    Optional<Objective> objective() {
        return Optional.ofNullable(objective);
    }

    /** The {@code id} of an objective or key result, required and checked for its characters. */
    static String id(Section section, String what, String example) {
        String id = section.requiredText("id", "give it a short unique id, e.g. id: " + example);
        if (id != null && !ID.matcher(id).matches()) {
            section.error(
                    section.entry("id").orElseThrow().value(),
                    "has an id with characters other than letters, digits, \".\", \"_\" and"
                            + " \"-\" (at most 64); ids tag the dashboards, so write e.g. id: "
                            + example);
            return null;
        }
        return id;
    }

    static Commitment commitment(String text) {
        return "committed".equals(text) ? Commitment.COMMITTED : Commitment.ASPIRATIONAL;
    }

    private String team() {
        if (!section.has("team")) {
            section.missing("team", "name the team that owns it, e.g. team: growth");
            return null;
        }
        return idValue("team");
    }

    private String idValue(String key) {
        String value = section.text(key);
        if (value != null && !ID.matcher(value).matches()) {
            section.error(
                    section.entry(key).orElseThrow().value(),
                    "has "
                            + key
                            + " \""
                            + value
                            + "\" with characters other than letters, digits, \".\", \"_\" and"
                            + " \"-\"; write it as its id, e.g. "
                            + key
                            + ": growth");
            return null;
        }
        return value;
    }

    private SourcePosition at(String key) {
        return section.entry(key).map(e -> problems.at(e.value())).orElse(null);
    }

    private void readKeyResults(Period period) {
        Optional<Entry> entry = section.entry("key_results");
        List<YamlNode> items = List.of();
        if (entry.isPresent() && entry.get().value() instanceof Sequence list) {
            items = list.items();
        } else if (entry.isPresent()) {
            section.error(
                    entry.get().value(),
                    "has "
                            + entry.get().value().describe()
                            + " as key_results; write a list with one entry per key result, each"
                            + " starting with \"- id:\"");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            readKeyResult(items.get(i), i, period);
        }
        warnOnCount(items.size(), entry.map(e -> problems.at(e.line(), e.column())));
    }

    private void readKeyResult(YamlNode item, int index, Period period) {
        if (!(item instanceof Mapping m)) {
            section.error(
                    item,
                    "has "
                            + item.describe()
                            + " as key result "
                            + (index + 1)
                            + "; a key result is a mapping with id, title, metric, baseline and"
                            + " target");
            return;
        }
        String id = m.get("id").map(OkrFileParser::plainText).orElse(null);
        Section kr = new Section(m, section.subject().keyResult(id, index), problems);
        KeyResultBinder binder = new KeyResultBinder(kr, period);
        if (binder.id() != null) {
            keyResultIds.add(new KeyResultId(binder.id(), problems.at(m.get("id").orElseThrow())));
        }
        binder.keyResult().ifPresent(keyResults::add);
    }

    private void warnOnCount(int count, Optional<SourcePosition> at) {
        String advice;
        if (count < MIN_KEY_RESULTS) {
            advice =
                    "; measure an objective from two to five sides, so that one number cannot"
                            + " stand for it alone";
        } else if (count > MAX_KEY_RESULTS) {
            advice = "; keep the two to five key results that best show the objective is met";
        } else {
            return;
        }
        problems.warning(
                at.orElse(problems.at(section.mapping())),
                section.subject(),
                section.subject()
                        .says("has " + count + " key result" + (count == 1 ? "" : "s") + advice));
    }
}
