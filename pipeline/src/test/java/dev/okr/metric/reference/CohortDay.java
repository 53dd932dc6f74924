package dev.okr.metric.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One mature cohort day of a retention metric, or entry day of a conversion metric: how many users
 * it holds and how many of them were retained or converted.
 *
 * <p>Choice (SPEC §4, "the cohorts latest mature cohort days"): a cohort day is a day that holds at
 * least one user. Days without users are not cohort days, so they neither count towards {@code
 * cohorts} nor divide by zero.
 */
record CohortDay(LocalDate day, long size, long successes) {

    /** The day's own share: successes / size. */
    double share() {
        return (double) successes / size;
    }

    /** Successes / size summed over the {@code cohorts} latest days; empty when there are none. */
    static OptionalDouble latest(List<CohortDay> matureDays, int cohorts) {
        List<CohortDay> latest =
                matureDays.stream()
                        .sorted(Comparator.comparing(CohortDay::day).reversed())
                        .limit(cohorts)
                        .toList();
        long size = latest.stream().mapToLong(CohortDay::size).sum();
        long successes = latest.stream().mapToLong(CohortDay::successes).sum();
        return size == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) successes / size);
    }
}
