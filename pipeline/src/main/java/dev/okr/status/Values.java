package dev.okr.status;

import java.util.Locale;

/** Formats a key result's numbers for people, in its unit. */
final class Values {

    private Values() {}

    /** {@code –} without a value; a ratio as a percentage; large numbers with separators. */
    static String format(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        String u = unit == null ? "" : unit;
        if (u.equals("ratio")) {
            return String.format(Locale.ROOT, "%.1f%%", value * 100);
        }
        if (u.equals("percent") || u.equals("%")) {
            return String.format(Locale.ROOT, "%.1f%%", value);
        }
        String number =
                Math.abs(value) >= 1000 || value == Math.rint(value)
                        ? String.format(Locale.ROOT, "%,.0f", value)
                        : String.format(Locale.ROOT, "%.3g", value);
        return u.isEmpty() ? number : number + " " + u;
    }
}
