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

    static void append(StringBuilder out, double value) {
        if (value == 0) {
            out.append(1 / value < 0 ? "-0" : "0");
            return;
        }
        if (value < 0) {
            out.append('-');
        }
        String java = NumberOutput.toString(Math.abs(value), true);
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int point = mantissa.indexOf('.');
        String digits = mantissa.substring(0, point) + mantissa.substring(point + 1);
        // The decimal point sits after `pointAt` digits of `digits`.
        int pointAt = point + exponent;
        int start = 0;
        while (digits.charAt(start) == '0') {
            start++;
            pointAt--;
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(start, end);
        if (digits.length() == 2) {
            String one = oneDigit(digits, pointAt, Math.abs(value));
            if (one != null) {
                pointAt += one.length() - 1;
                digits = one.substring(0, 1);
            }
        }
        int decimalExponent = pointAt - 1;
        if (decimalExponent < -4 || decimalExponent >= 6) {
            appendScientific(out, digits, decimalExponent);
        } else {
            appendPlain(out, digits, pointAt);
        }
    }

    /**
     * The one-digit decimal that reads back as {@code value}, the nearer first (as Go picks), or
     * null; a second character in the result means rounding up carried into a new digit ("10").
     */
    private static String oneDigit(String digits, int pointAt, double value) {
        int first = digits.charAt(0) - '0';
        boolean upIsNearer = digits.charAt(1) >= '5';
        int[] nearestFirst =
                upIsNearer ? new int[] {first + 1, first} : new int[] {first, first + 1};
        for (int candidate : nearestFirst) {
            if (candidate > 0 && Double.parseDouble(candidate + "e" + (pointAt - 1)) == value) {
                return Integer.toString(candidate);
            }
        }
        return null;
    }

    private static void appendScientific(StringBuilder out, String digits, int exponent) {
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        out.append(abs);
    }

    private static void appendPlain(StringBuilder out, String digits, int pointAt) {
        if (pointAt <= 0) {
            out.append("0.");
            zeros(out, -pointAt);
            out.append(digits);
        } else if (pointAt >= digits.length()) {
            out.append(digits);
            zeros(out, pointAt - digits.length());
        } else {
            out.append(digits, 0, pointAt).append('.').append(digits, pointAt, digits.length());
        }
    }

    private static void zeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
    }
}
