package dev.okr.okrfile;

/**
 * How a key result or objective is graded (SPEC §5). Defaults to {@link #ASPIRATIONAL}: green from
 * a score of 0.7. A {@link #COMMITTED} one is green only at 1 and red below.
 */
public enum Commitment {
    ASPIRATIONAL("aspirational"),
    COMMITTED("committed");

    private final String yamlName;

    Commitment(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in an OKR file. */
    public String yamlName() {
        return yamlName;
    }
}
