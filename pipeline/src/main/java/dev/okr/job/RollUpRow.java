package dev.okr.job;

import java.util.Arrays;

/**
 * What the roll-up knows of every key result at one instant: its score (NaN without a value) and
 * grade, and whether it reported at that instant at all (else its latest earlier report counts). A
 * plain Flink POJO, indexed by key result.
 */
public final class RollUpRow {
    public double[] scores;
    public String[] grades;
    public boolean[] reported;

    public RollUpRow() {}

    static RollUpRow empty(int keyResults) {
        RollUpRow row = new RollUpRow();
        row.scores = new double[keyResults];
        Arrays.fill(row.scores, Double.NaN);
        row.grades = new String[keyResults];
        row.reported = new boolean[keyResults];
        return row;
    }
}
