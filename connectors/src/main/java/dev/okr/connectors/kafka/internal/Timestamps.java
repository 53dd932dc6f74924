package dev.okr.connectors.kafka.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses event times: ISO-8601 date-times with an offset, to epoch milliseconds.
 *
 * <p>{@code Instant.parse} costs about as much as parsing a whole 300-byte event, so the common
 * layouts ({@code 2026-11-23T10:00:00Z}, with a fraction of 1 to 9 digits, with a {@code +02:00}
 * offset) are read by hand; anything else falls back to {@link
 * DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which defines what is valid. Both give the same result
 * for every input (tested on random instants and layouts). Sub-millisecond digits are truncated, as
 * {@code Instant.toEpochMilli} does.
 */
public final class Timestamps {

    private Timestamps() {}

    /**
     * The epoch milliseconds of {@code text}.
     *
     * @throws DateTimeException when {@code text} is not an ISO-8601 date-time with an offset
     */
    public static long parseEpochMillis(String text) {
        long fast = fastEpochMillis(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .toInstant()
                .toEpochMilli();
    }

    /** The fast path: epoch milliseconds, or Long.MIN_VALUE when the layout is not a common one. */
    static long fastEpochMillis(String s) {
        int n = s.length();
        if (n < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > lengthOfMonth(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return Long.MIN_VALUE;
        }
        int i = 19;
        int millis = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                int digit = s.charAt(i) - '0';
                int position = i - start;
                if (position < 3) {
                    millis = millis * 10 + digit;
                }
                i++;
            }
            int length = i - start;
            if (length < 1 || length > 9) {
                return Long.MIN_VALUE;
            }
            for (int p = length; p < 3; p++) {
                millis *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6
                && (s.charAt(i) == '+' || s.charAt(i) == '-')
                && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        long seconds =
                epochDay(year, month, day) * 86_400L
                        + hour * 3600L
                        + minute * 60L
                        + second
                        - offsetSeconds;
        return seconds * 1000L + millis;
    }

    /** The value of {@code count} decimal digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
