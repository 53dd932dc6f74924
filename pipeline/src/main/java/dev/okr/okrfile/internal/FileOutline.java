package dev.okr.okrfile.internal;

import dev.okr.okrfile.OkrFile;
import dev.okr.okrfile.Period;
import dev.okr.okrfile.SourcePosition;
import java.time.ZoneId;
import java.util.List;

/**
 * What the checks across files need from one file, gathered even when the file has errors so that
 * those checks still run: ids, parents and teams with their places.
 *
 * @param period null when the file's period is missing or wrong
 * @param zone null when the file's time zone is wrong
 * @param okrFile the bound file; null when the file has an error
 */
public record FileOutline(
        String file,
        Period period,
        SourcePosition periodAt,
        ZoneId zone,
        SourcePosition zoneAt,
        List<ObjectiveOutline> objectives,
        OkrFile okrFile) {

    /** An objective's ids and links; each field null when missing or wrong in the file. */
    public record ObjectiveOutline(
            String id,
            SourcePosition idAt,
            String parent,
            SourcePosition parentAt,
            String team,
            SourcePosition teamAt,
            List<KeyResultId> keyResults) {}

    /** A key result's id and its place. */
    public record KeyResultId(String id, SourcePosition at) {}
}
