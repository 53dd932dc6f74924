package dev.okr.connectors.influx.internal;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Writes a finite double the way InfluxDB's Go encoder does ({@code strconv.FormatFloat(v, 'g', -1,
 * 64)}): the shortest digits that read back as the same double, in plain notation for decimal
 * exponents from -4 to 5 and in exponent notation otherwise ({@code 6.632243e+06}, {@code 5e-324}).
 *
 * <p>The digits come from Jackson's Schubfach writer, the shortest that read back as the same
 * double ({@link Double#toString(double)} on Java 17 is sometimes longer: JDK-4511638). Java's
 * format keeps at least two significant digits where one would do ({@code 4.9E-324} for Go's {@code
 * 5e-324}), so a two-digit result is shortened when one digit reads back the same.
 */
final class GoFloatFormat {

    private GoFloatFormat() {}

    static String format(double value) {
        LineBuffer out = new LineBuffer(32);
        append(out, value);
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.US_ASCII);
    }

    static void append(LineBuffer out, double value) {
        if (value == 0) {
            out.putAscii(1 / value < 0 ? "-0" : "0");
            return;
        }
        String java = NumberOutput.toString(Math.abs(value), true);
        // Java writes d.ddd or d.dddE[-]x; collect the significant digits and where the point is.
        char[] digits = new char[java.length()];
        int count = 0;
        int pointAt = -1;
        int exponent = 0;
        for (int i = 0; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '.') {
                pointAt = count;
            } else if (c == 'E') {
                exponent = Integer.parseInt(java, i + 1, java.length(), 10);
                break;
            } else if (c != '0' || count > 0) {
                digits[count++] = c;
            } else if (pointAt >= 0) {
                exponent--; // a leading zero after the point: 0.00ddd
            }
        }
        pointAt = (pointAt < 0 ? count : pointAt) + exponent;
        while (digits[count - 1] == '0') {
            count--;
        }
        if (count == 2) {
            int one = oneDigit(digits, pointAt, Math.abs(value));
            if (one > 0) {
                count = 1;
                digits[0] = one == 10 ? '1' : (char) ('0' + one);
                pointAt += one == 10 ? 1 : 0;
            }
        }
        if (value < 0) {
            out.put('-');
        }
        int decimalExponent = pointAt - 1;
        if (decimalExponent < -4 || decimalExponent >= 6) {
            appendScientific(out, digits, count, decimalExponent);
        } else {
            appendPlain(out, digits, count, pointAt);
        }
    }

    /**
     * The one digit that reads back as {@code value}, the nearer first (as Go picks): 1-9, or 10
     * when rounding up carried (a "1" one place higher), or 0 when two digits are needed.
     */
    private static int oneDigit(char[] digits, int pointAt, double value) {
        int first = digits[0] - '0';
        int[] nearerFirst =
                digits[1] >= '5' ? new int[] {first + 1, first} : new int[] {first, first + 1};
        for (int candidate : nearerFirst) {
            if (candidate > 0 && Double.parseDouble(candidate + "e" + (pointAt - 1)) == value) {
                return candidate;
            }
        }
        return 0;
    }

    private static void appendScientific(LineBuffer out, char[] digits, int count, int exponent) {
        out.put(digits[0]);
        if (count > 1) {
            out.put('.');
            digits(out, digits, 1, count);
        }
        out.put('e');
        out.put(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.put('0');
        }
        out.putLong(abs);
    }

    private static void appendPlain(LineBuffer out, char[] digits, int count, int pointAt) {
        if (pointAt <= 0) {
            out.put('0');
            out.put('.');
            zeros(out, -pointAt);
            digits(out, digits, 0, count);
        } else if (pointAt >= count) {
            digits(out, digits, 0, count);
            zeros(out, pointAt - count);
        } else {
            digits(out, digits, 0, pointAt);
            out.put('.');
            digits(out, digits, pointAt, count);
        }
    }

    private static void digits(LineBuffer out, char[] digits, int from, int to) {
        for (int i = from; i < to; i++) {
            out.put(digits[i]);
        }
    }

    private static void zeros(LineBuffer out, int count) {
        for (int i = 0; i < count; i++) {
            out.put('0');
        }
    }
}
