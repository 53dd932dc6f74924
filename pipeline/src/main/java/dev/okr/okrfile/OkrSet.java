package dev.okr.okrfile;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The OKR files of one run, validated together ({@code okr run --okrs company.yaml growth.yaml}):
 * they share one period and one time zone, objective ids and key result ids are unique across them,
 * and a {@code parent} may live in another file. What the metric engine and scoring read.
 */
public record OkrSet(List<OkrFile> files) implements Serializable {

    public OkrSet {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an OKR set holds at least one file");
        }
        OkrFile first = files.get(0);
        for (OkrFile file : files) {
            if (!file.period().equals(first.period()) || !file.zone().equals(first.zone())) {
                throw new IllegalArgumentException(
                        "the files of a set share one period and time zone: " + file.source());
            }
        }
    }

    /** The period all files share. */
    public Period period() {
        return files.get(0).period();
    }

    /** The time zone all files share. */
    public ZoneId zone() {
        return files.get(0).zone();
    }

    /** Every objective of every file, in file order. */
    public List<Objective> objectives() {
        return files.stream().flatMap(f -> f.objectives().stream()).toList();
    }

    /** Every key result of every objective, in file order. */
    public List<KeyResult> keyResults() {
        return objectives().stream().flatMap(o -> o.keyResults().stream()).toList();
    }

    /** The objective with this id. */
    public Optional<Objective> objective(String id) {
        return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The objective a key result belongs to. */
    public Optional<Objective> objectiveOf(KeyResult keyResult) {
        return objectives().stream().filter(o -> o.keyResults().contains(keyResult)).findFirst();
    }

    /** The objectives whose parent is this one, in file order. */
    public List<Objective> children(String objectiveId) {
        return objectives().stream()
                .filter(o -> o.parent().filter(objectiveId::equals).isPresent())
                .toList();
    }

    /** The span a key result is scored on, in the set's period and time zone. */
    public Span spanOf(KeyResult keyResult) {
        return keyResult.span(period(), zone());
    }
}
