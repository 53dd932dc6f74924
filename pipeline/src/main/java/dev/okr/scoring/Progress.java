package dev.okr.scoring;

/**
 * How far a value has moved from its baseline towards its target, clamped to [0, 1]. The same
 * formula serves increase ({@code target > baseline}) and decrease ({@code target < baseline}) key
 * results: a value beyond the target scores 1, a value on the wrong side of the baseline 0.
 */
public final class Progress {

    private Progress() {}

    /**
     * @throws IllegalArgumentException when target equals baseline, which the OKR file's validator
     *     already rejects
     */
    public static double of(double value, double baseline, double target) {
        if (target == baseline) {
            throw new IllegalArgumentException(
                    "target equals baseline (" + baseline + "): progress is undefined");
        }
        return Pace.clamp((value - baseline) / (target - baseline));
    }
}
