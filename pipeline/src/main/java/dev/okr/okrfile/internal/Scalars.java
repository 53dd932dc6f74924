package dev.okr.okrfile.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the scalar texts of an OKR file strictly, whatever YAML made of them: decimal numbers only
 * (no hex, octal or sexagesimal), ISO dates, and durations such as {@code 14d}.
 */
public final class Scalars {

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
    private static final Pattern RELATIVE = Pattern.compile("([-+])(\\d+(\\.\\d+)?)\\s*%");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smhdw])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Scalars() {}

    /** A decimal number such as {@code 10000}, {@code 10_000}, {@code 0.25} or {@code 2e3}. */
    public static OptionalDouble number(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(t.replace("_", ""));
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** A relative change such as {@code +10%} or {@code -50%}, as its signed percent. */
    public static OptionalDouble relativePercent(String text) {
        Matcher m = RELATIVE.matcher(text.strip());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double percent = Double.parseDouble(m.group(2));
        return OptionalDouble.of(m.group(1).equals("-") ? -percent : percent);
    }

    /** Whether the text looks like a percentage, signed or not: {@code 25%}. */
    public static boolean looksLikePercent(String text) {
        return text.strip().endsWith("%");
    }

    /** A duration: a whole number and a unit s, m, h, d or w, e.g. {@code 14d} or {@code 1h}. */
    public static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(
                switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                });
    }

    /** A calendar date written {@code YYYY-MM-DD}. */
    public static Optional<LocalDate> date(String text) {
        String t = text.strip();
        if (!DATE.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A number as a person writes it: {@code 10}, {@code 0.25}, never {@code 10.0} or 1E1. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
