package dev.okr.okrfile.internal;

import dev.okr.okrfile.Period;
import dev.okr.okrfile.internal.YamlNode.Mapping;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a file's {@code period} and {@code timezone} (SPEC §2 and §3). */
final class PeriodBinder {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d+)");
    private static final List<String> DATE_KEYS = List.of("start", "end");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private PeriodBinder() {}

    /** The period, or null after reporting why there is none. */
    static Period period(Section file) {
        if (!file.has("period")) {
            file.missing("period", "add one, e.g. period: 2026-Q4");
            return null;
        }
        YamlNode node = file.entry("period").orElseThrow().value();
        if (node instanceof Mapping dates) {
            return explicit(new Section(dates, Subject.period(), file.problems()));
        }
        String text = file.text("period");
        if (text == null) {
            return null;
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()
                && Integer.parseInt(quarter.group(2)) >= 1
                && Integer.parseInt(quarter.group(2)) <= 4) {
            return Period.quarter(
                    Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        file.error(
                node,
                "has period \""
                        + text
                        + "\", which is not a quarter; write a quarter such as 2026-Q4, or"
                        + " dates such as {start: 2026-10-01, end: 2026-12-31}");
        return null;
    }

    private static Period explicit(Section dates) {
        dates.rejectUnknownKeys(DATE_KEYS, "key", "a period");
        for (String key : DATE_KEYS) {
            if (!dates.has(key)) {
                dates.missing(key, "write both dates, e.g. {start: 2026-10-01, end: 2026-12-31}");
            }
        }
        LocalDate start = dates.date("start");
        LocalDate end = dates.date("end");
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            dates.error(
                    dates.entry("end").orElseThrow().value(),
                    "ends ("
                            + end
                            + ") before it starts ("
                            + start
                            + "); swap start and end, or fix the dates");
            return null;
        }
        return Period.between(start, end);
    }

    /** The time zone (UTC when the file names none), or null after reporting an unknown one. */
    static ZoneId zone(Section file) {
        if (!file.has("timezone")) {
            return ZoneId.of("UTC");
        }
        String text = file.text("timezone");
        if (text == null) {
            return null;
        }
        if (ZONES.contains(text)) {
            return ZoneId.of(text);
        }
        String advice =
                Suggestions.closest(text, ZONES)
                        .map(c -> "; did you mean \"" + c + "\"?")
                        .orElse(
                                "; write an IANA time zone name such as Europe/Oslo,"
                                        + " America/New_York or UTC");
        file.problems()
                .error(
                        file.problems().at(file.entry("timezone").orElseThrow().value()),
                        "unknown time zone \"" + text + "\"" + advice);
        return null;
    }
}
