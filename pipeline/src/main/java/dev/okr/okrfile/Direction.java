package dev.okr.okrfile;

/** Which way a key result moves its number: inferred from its baseline and target (SPEC §5). */
public enum Direction {
    /** The target is above the baseline. */
    INCREASE,
    /** The target is below the baseline. */
    DECREASE
}
