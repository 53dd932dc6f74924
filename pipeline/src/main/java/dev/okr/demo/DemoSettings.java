package dev.okr.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@link Demo} runs.
 *
 * @param dir where the demo keeps its servers' data, OKR files, checkpoints and state
 * @param reset whether to delete what an earlier demo left in {@code dir} first
 * @param duration how long to run; empty: until Ctrl-C
 * @param tty whether to redraw a scoreboard in place (a terminal) or print status lines
 * @param colour whether the scoreboard uses ANSI colours
 * @param parallelism the pipeline's parallelism
 * @param historyRate events per second of event time in the simulated history
 * @param liveRate events per second once live
 * @param malformedShare share of malformed records among those published
 * @param users users who sign up over the simulated quarter
 * @param seed the simulated product's seed
 * @param refresh how often the scoreboard is read and redrawn
 * @param repository the okr-pipeline checkout, when known, to name its dashboards folder
 */
public record DemoSettings(
        Path dir,
        boolean reset,
        Optional<Duration> duration,
        boolean tty,
        boolean colour,
        int parallelism,
        double historyRate,
        double liveRate,
        double malformedShare,
        int users,
        long seed,
        Duration refresh,
        Optional<Path> repository) {

    /**
     * Events per second of event time in the history: about 500,000 events over 60 days, which the
     * pipeline reads in well under a minute here, and a few sessions a week per user.
     */
    public static final double HISTORY_RATE = 0.1;

    /**
     * Malformed records among those published: one in a hundred, every kind the simulator makes.
     */
    public static final double MALFORMED_SHARE = 0.01;

    /** Users who sign up over the simulated quarter. */
    public static final int USERS = 3000;

    /** The simulated product's seed: every demo shows the same history. */
    public static final long SEED = 42;
}
