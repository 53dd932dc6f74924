package dev.okr.okrfile;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One validated OKR file: its period, the time zone of its day boundaries and its objectives.
 *
 * @param source the file as it was named (a path as typed, or a test's name)
 * @param zone an IANA time zone; UTC when the file names none
 */
public record OkrFile(String source, Period period, ZoneId zone, List<Objective> objectives)
        implements Serializable {

    public OkrFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        objectives = List.copyOf(objectives);
    }
}
