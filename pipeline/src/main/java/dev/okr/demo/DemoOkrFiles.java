package dev.okr.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example OKR files (examples/ in the repository, packed into the jar), as the demo runs them:
 * moved in time to a period that began {@link #DAYS_INTO_PERIOD} days ago, so that the demo looks
 * the same on any day of the year. Sixty days of history then cover a month before the period (what
 * {@code baseline: auto} and monthly windows look back on) and a month inside it.
 *
 * <p>Only the {@code period} line and {@code deadline} dates change, each on its own line, so a
 * validator message about a demo file points at the same line as in the example.
 */
public final class DemoOkrFiles {

    /** The example files, in examples/ and in the jar under this class's package. */
    public static final List<String> EXAMPLES =
            List.of("company.yaml", "growth.yaml", "customer.yaml", "platform.yaml");

    /** How many days of the demo's period have passed when the demo starts. */
    public static final int DAYS_INTO_PERIOD = 35;

    /** The demo's period is as long as a quarter: 91 days, both ends included. */
    public static final int PERIOD_DAYS = 91;

    private static final Pattern QUARTER =
            Pattern.compile("^(\\s*period:\\s*)(\\d{4})-Q([1-4])(\\s*(#.*)?)$");
    private static final Pattern DATES =
            Pattern.compile(
                    "^(\\s*period:\\s*)\\{\\s*start:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*,\\s*end:\\s*"
                            + "(\\d{4}-\\d{2}-\\d{2})\\s*}(\\s*(#.*)?)$");
    private static final Pattern DEADLINE =
            Pattern.compile("^(\\s*deadline:\\s*)(\\d{4}-\\d{2}-\\d{2})(\\s*(#.*)?)$");

    private DemoOkrFiles() {}

    /**
     * Writes the examples into {@code dir}, moved to the period starting on {@code periodStart}.
     *
     * @return the files written, in {@link #EXAMPLES} order
     */
    public static List<Path> write(Path dir, LocalDate periodStart) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (String name : EXAMPLES) {
                Path file = dir.resolve(name);
                Files.writeString(file, moved(example(name), periodStart), StandardCharsets.UTF_8);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo's OKR files to " + dir, e);
        }
    }

    /** The text of one example file, as packed into the jar. */
    static String example(String name) throws IOException {
        try (InputStream in = DemoOkrFiles.class.getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IOException(
                        "the example " + name + " is missing from the jar; rebuild it with ./okr");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The OKR file {@code yaml} with its period replaced by the {@link #PERIOD_DAYS} days from
     * {@code periodStart}, and every deadline moved by as many days as the period's start moved.
     *
     * @throws IllegalArgumentException when the file has no period line this can read
     */
    static String moved(String yaml, LocalDate periodStart) {
        LocalDate end = periodStart.plusDays(PERIOD_DAYS - 1);
        String[] lines = yaml.split("\n", -1);
        LocalDate oldStart = null;
        for (int i = 0; i < lines.length && oldStart == null; i++) {
            Matcher quarter = QUARTER.matcher(lines[i]);
            Matcher dates = DATES.matcher(lines[i]);
            if (quarter.matches()) {
                int month = (Integer.parseInt(quarter.group(3)) - 1) * 3 + 1;
                oldStart = LocalDate.of(Integer.parseInt(quarter.group(2)), month, 1);
            } else if (dates.matches()) {
                oldStart = LocalDate.parse(dates.group(2));
            } else {
                continue;
            }
            String was = lines[i].substring(lines[i].indexOf(':') + 1).trim();
            lines[i] =
                    lines[i].substring(0, lines[i].indexOf(':') + 1)
                            + " {start: "
                            + periodStart
                            + ", end: "
                            + end
                            + "}  # okr demo: a quarter-long period that began "
                            + DAYS_INTO_PERIOD
                            + " days ago (the example says "
                            + was.replaceAll("\\s*#.*$", "")
                            + ")";
        }
        if (oldStart == null) {
            throw new IllegalArgumentException(
                    "no `period: YYYY-Qn` or `period: {start: ..., end: ...}` line to move");
        }
        long shift = ChronoUnit.DAYS.between(oldStart, periodStart);
        for (int i = 0; i < lines.length; i++) {
            Matcher deadline = DEADLINE.matcher(lines[i]);
            if (deadline.matches()) {
                lines[i] =
                        deadline.group(1)
                                + LocalDate.parse(deadline.group(2)).plusDays(shift)
                                + deadline.group(3);
            }
        }
        return String.join("\n", lines);
    }
}
