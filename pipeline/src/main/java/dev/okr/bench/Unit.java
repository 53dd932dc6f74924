package dev.okr.bench;

import java.util.Locale;

/** What a figure counts, and how it is written. */
public enum Unit {
    EVENTS_PER_SECOND("events/s", "%,.0f"),
    RECORDS_PER_SECOND("records/s", "%,.0f"),
    POINTS_PER_SECOND("points/s", "%,.0f"),
    RECORDS_PER_CPU_SECOND("records/CPU s", "%,.0f"),
    CPU_SECONDS("CPU s", "%,.1f"),
    RATIO("", "%.2f"),
    SECONDS("s", "%.2f"),
    BYTES("bytes", "%,.0f"),
    BYTES_PER_USER("bytes/user", "%,.0f");

    private final String label;
    private final String format;

    Unit(String label, String format) {
        this.label = label;
        this.format = format;
    }

    public String label() {
        return label;
    }

    public String format(double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
