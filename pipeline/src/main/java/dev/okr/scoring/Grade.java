package dev.okr.scoring;

/**
 * The colour of a score, as on Google's 0.0–1.0 scale: red below 0.4, yellow from 0.4 to below 0.7,
 * green from 0.7. A committed key result or objective is green only at 1.0 and red below.
 */
public enum Grade {
    RED,
    YELLOW,
    GREEN;

    public static final double YELLOW_FROM = 0.4;
    public static final double GREEN_FROM = 0.7;

    public static Grade of(double score, boolean committed) {
        if (committed) {
            return score >= 1.0 ? GREEN : RED;
        }
        if (score >= GREEN_FROM) {
            return GREEN;
        }
        return score >= YELLOW_FROM ? YELLOW : RED;
    }

    /** The name written to InfluxDB: {@code red}, {@code yellow} or {@code green}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
