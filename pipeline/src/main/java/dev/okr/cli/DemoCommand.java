package dev.okr.cli;

import dev.okr.demo.Demo;
import dev.okr.demo.DemoSettings;
import dev.okr.job.DurationConverter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okr demo}: runs the whole product live on this machine. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole product live on this machine: a Kafka broker and InfluxDB on 127.0.0.1,",
            "a simulated product's history and live events, the pipeline with the example OKR files,",
            "and the scoreboard as it moves. Ctrl-C stops everything it started and keeps the data",
            "in $OKR_HOME/demo for the next run. With OKR_INFLUX_URL set it writes to that",
            "InfluxDB instead of starting one."
        })
final class DemoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--reset", description = "Delete what an earlier demo left and start clean.")
    boolean reset;

    @Option(
            names = "--duration",
            converter = DurationConverter.class,
            description =
                    "Run this long (e.g. 90s, 10m), then stop; exit 0 when every key result has a score. Default: until Ctrl-C.")
    Duration duration;

    @Option(
            names = "--no-tty",
            description =
                    "Print a status line every 10 s instead of redrawing the scoreboard (for logs and CI).")
    boolean noTty;

    @Option(
            names = "--parallelism",
            defaultValue = "1",
            description = "Parallelism of the pipeline. Default: ${DEFAULT-VALUE}.")
    int parallelism;

    @Option(
            names = "--live-rate",
            defaultValue = "4",
            description =
                    "Events per second once the history is published. Default: ${DEFAULT-VALUE}.")
    double liveRate;

    @Option(
            names = "--refresh",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "How often the scoreboard is redrawn. Default: ${DEFAULT-VALUE}.")
    Duration refresh;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = !noTty && System.console() != null;
        String term = System.getenv("TERM");
        boolean colour =
                terminal
                        && System.getenv("NO_COLOR") == null
                        && term != null
                        && !term.equals("dumb");
        DemoSettings settings =
                new DemoSettings(
                        OkrHome.of(System.getenv()).resolve("demo"),
                        reset,
                        Optional.ofNullable(duration),
                        terminal,
                        colour,
                        parallelism,
                        DemoSettings.HISTORY_RATE,
                        liveRate,
                        DemoSettings.MALFORMED_SHARE,
                        DemoSettings.USERS,
                        DemoSettings.SEED,
                        refresh,
                        Optional.ofNullable(System.getProperty("okr.root")).map(Path::of));
        try {
            return new Demo(settings, out, System.getenv(), Clock.systemUTC()).run();
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("okr demo: " + e.getMessage());
            return 1;
        }
    }
}
