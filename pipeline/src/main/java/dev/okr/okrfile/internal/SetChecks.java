package dev.okr.okrfile.internal;

import dev.okr.okrfile.Period;
import dev.okr.okrfile.Problem;
import dev.okr.okrfile.Severity;
import dev.okr.okrfile.SourcePosition;
import dev.okr.okrfile.internal.FileOutline.KeyResultId;
import dev.okr.okrfile.internal.FileOutline.ObjectiveOutline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of SPEC §2 that span the files validated together: one period and time zone, unique
 * ids, parents that exist and form no cycle, and at most five objectives per team.
 */
public final class SetChecks {

    static final int MAX_OBJECTIVES_PER_TEAM = 5;

    private final List<FileOutline> files;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, ObjectiveOutline> objectives = new LinkedHashMap<>();

    private SetChecks(List<FileOutline> files) {
        this.files = files;
    }

    /**
     * The problems across {@code files}.
     *
     * @param complete whether every file of the set could be read; a parent is only reported
     *     missing when it is, since it may live in a file that could not be read
     */
    public static List<Problem> check(List<FileOutline> files, boolean complete) {
        SetChecks checks = new SetChecks(files);
        checks.samePeriodAndZone();
        checks.uniqueObjectiveIds();
        checks.uniqueKeyResultIds();
        if (complete) {
            checks.parentsExist();
        }
        checks.noCycles();
        checks.teamsNotSpreadThin();
        return checks.problems;
    }

    private void samePeriodAndZone() {
        FileOutline first = files.stream().filter(f -> f.period() != null).findFirst().orElse(null);
        for (FileOutline file : files) {
            if (first == null || file == first) {
                continue;
            }
            Period period = file.period();
            if (period != null && !period.equals(first.period())) {
                error(
                        file.periodAt(),
                        null,
                        "the file has period "
                                + period
                                + ", but "
                                + first.file()
                                + " has "
                                + first.period()
                                + "; files used together share one period");
            }
            if (file.zone() != null && first.zone() != null && !file.zone().equals(first.zone())) {
                error(
                        file.zoneAt(),
                        null,
                        "the file has time zone "
                                + file.zone()
                                + ", but "
                                + first.file()
                                + " has "
                                + first.zone()
                                + "; files used together share one time zone");
            }
        }
    }

    private void uniqueObjectiveIds() {
        for (FileOutline file : files) {
            for (ObjectiveOutline o : file.objectives()) {
                if (o.id() == null) {
                    continue;
                }
                ObjectiveOutline first = objectives.putIfAbsent(o.id(), o);
                if (first != null) {
                    error(
                            o.idAt(),
                            o.id(),
                            "objective id \""
                                    + o.id()
                                    + "\" is used twice (first at "
                                    + first.idAt()
                                    + "); give each objective its own id");
                }
            }
        }
    }

    private void uniqueKeyResultIds() {
        Map<String, SourcePosition> seen = new LinkedHashMap<>();
        for (FileOutline file : files) {
            for (ObjectiveOutline o : file.objectives()) {
                for (KeyResultId kr : o.keyResults()) {
                    SourcePosition first = seen.putIfAbsent(kr.id(), kr.at());
                    if (first != null) {
                        problems.add(
                                new Problem(
                                        Severity.ERROR,
                                        kr.at(),
                                        o.id(),
                                        kr.id(),
                                        "key result id \""
                                                + kr.id()
                                                + "\" is used twice (first at "
                                                + first
                                                + "); give each key result its own id, since"
                                                + " dashboards find a key result by its id"));
                    }
                }
            }
        }
    }

    private void parentsExist() {
        for (ObjectiveOutline o : allObjectives()) {
            if (o.parent() == null || objectives.containsKey(o.parent())) {
                continue;
            }
            String advice =
                    Suggestions.closest(o.parent(), objectives.keySet())
                            .map(c -> "; did you mean \"" + c + "\"?")
                            .orElse(
                                    "; name an objective of these files, and validate the file that holds"
                                            + " the parent together with this one");
            error(
                    o.parentAt(),
                    o.id(),
                    subject(o)
                            + " has parent \""
                            + o.parent()
                            + "\", which does not exist"
                            + advice);
        }
    }

    private void noCycles() {
        Set<String> reported = new HashSet<>();
        for (ObjectiveOutline o : allObjectives()) {
            if (o.id() == null || o.parent() == null || reported.contains(o.id())) {
                continue;
            }
            if (o.parent().equals(o.id())) {
                reported.add(o.id());
                error(
                        o.parentAt(),
                        o.id(),
                        subject(o)
                                + " names itself as parent; remove parent, or name the objective it rolls"
                                + " up into");
                continue;
            }
            List<String> chain = chainFrom(o);
            int loop = chain.indexOf(chain.get(chain.size() - 1));
            if (loop == 0 && chain.size() > 1) {
                reported.addAll(chain);
                error(
                        o.parentAt(),
                        o.id(),
                        subject(o)
                                + " is its own ancestor ("
                                + String.join(" → ", chain)
                                + "); a cascade ends at a root objective, so remove one of these parents");
            }
        }
    }

    /** The ids from {@code start} up its parents, ending where one repeats or the chain ends. */
    private List<String> chainFrom(ObjectiveOutline start) {
        List<String> chain = new ArrayList<>();
        ObjectiveOutline current = start;
        while (current != null && !chain.contains(current.id())) {
            chain.add(current.id());
            current = current.parent() == null ? null : objectives.get(current.parent());
        }
        if (current != null) {
            chain.add(current.id());
        }
        return chain;
    }

    private void teamsNotSpreadThin() {
        Map<String, List<ObjectiveOutline>> byTeam = new LinkedHashMap<>();
        for (ObjectiveOutline o : allObjectives()) {
            if (o.team() != null) {
                byTeam.computeIfAbsent(o.team(), t -> new ArrayList<>()).add(o);
            }
        }
        String period =
                files.stream()
                        .map(FileOutline::period)
                        .filter(Objects::nonNull)
                        .map(Period::name)
                        .findFirst()
                        .orElse("the period");
        byTeam.forEach(
                (team, list) -> {
                    if (list.size() > MAX_OBJECTIVES_PER_TEAM) {
                        ObjectiveOutline extra = list.get(MAX_OBJECTIVES_PER_TEAM);
                        problems.add(
                                new Problem(
                                        Severity.WARNING,
                                        extra.teamAt(),
                                        extra.id(),
                                        null,
                                        "team \""
                                                + team
                                                + "\" has "
                                                + list.size()
                                                + " objectives in "
                                                + period
                                                + "; more than five spreads a team thin, so keep the three to"
                                                + " five that matter most"));
                    }
                });
    }

    private List<ObjectiveOutline> allObjectives() {
        return files.stream().flatMap(f -> f.objectives().stream()).toList();
    }

    private static String subject(ObjectiveOutline o) {
        return "objective \"" + o.id() + "\"";
    }

    private void error(SourcePosition at, String objective, String message) {
        problems.add(new Problem(Severity.ERROR, at, objective, null, message));
    }
}
