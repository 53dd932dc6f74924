package dev.okr.cli;

import dev.okr.job.KafkaConnectionOptions;
import dev.okr.simulator.Simulator;
import dev.okr.simulator.SimulatorReport;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code okr simulate}: publishes a realistic product's events to Kafka (the catalog of
 * docs/events.md): the history of a time range as fast as possible, then live at a rate.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Publishes a realistic product's events to Kafka: the history of a time range as fast",
            "as possible, then, if the range reaches past now, live events at a rate until it ends",
            "(or Ctrl-C). The same seed and options give the same history."
        })
final class SimulateCommand implements Callable<Integer> {

    /** The exit code when publishing failed (Kafka unreachable, refused, ...). */
    static final int EXIT_FAILED = 1;

    @Spec CommandSpec spec;

    @Mixin KafkaConnectionOptions kafka;

    @Option(
            names = "--topic",
            defaultValue = "${env:OKR_TOPIC:-events}",
            description = "Topic, created when missing (env OKR_TOPIC). Default: ${DEFAULT-VALUE}.")
    String topic;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Partitions of the topic when created. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(
            names = "--from",
            description =
                    "Start of the range, ISO-8601 (e.g. 2026-10-01T00:00:00Z). Default: 14 days ago.")
    Instant from;

    @Option(
            names = "--to",
            description =
                    "End of the range, ISO-8601; the part after now is played live. Default: none (live until stopped).")
    Instant to;

    @Option(
            names = "--rate",
            defaultValue = "50",
            description =
                    "Events per second: density of the history in event time, and the live rate. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(
            names = "--live-rate",
            description =
                    "Events per second once live, when it differs from --rate (the history's density).")
    Double liveRate;

    @Option(
            names = "--count",
            description = "Total history records, spread over the range, instead of --rate.")
    Long count;

    @Option(
            names = "--malformed",
            defaultValue = "0",
            description =
                    "Share of malformed records, 0 to 0.9 (each reject reason the simulator can produce). Default: ${DEFAULT-VALUE}.")
    double malformed;

    @Option(
            names = "--duplicates",
            defaultValue = "0.002",
            description =
                    "Share of records re-sent as duplicates, 0 to 0.9. Default: ${DEFAULT-VALUE}.")
    double duplicates;

    @Option(
            names = "--users",
            defaultValue = "2000",
            description = "Users who sign up over the range. Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the product's randomness. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--drift",
            defaultValue = "1",
            description =
                    "How far the product's rates move over the range: 0 none, 1 as designed. Default: ${DEFAULT-VALUE}.")
    double drift;

    @Override
    public Integer call() {
        Simulator.Builder builder;
        try {
            builder =
                    Simulator.builder()
                            .kafka(kafka.settings(System.getenv()))
                            .topic(topic)
                            .partitions(partitions)
                            .from(from)
                            .to(to)
                            .eventsPerSecond(rate)
                            .malformedShare(malformed)
                            .duplicateShare(duplicates)
                            .users(users)
                            .seed(seed)
                            .drift(drift);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (count != null) {
            builder.count(count);
        }
        if (liveRate != null) {
            try {
                builder.liveEventsPerSecond(liveRate);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
        Simulator simulator;
        try {
            simulator = builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        spec.commandLine()
                .getErr()
                .println(
                        "okr simulate: publishing to "
                                + topic
                                + " on "
                                + simulator.kafkaSettings());
        SimulatorReport report;
        try {
            report = simulator.publish();
        } catch (IllegalStateException e) {
            // A plain sentence for the user (it names the brokers, never a secret), not a trace.
            spec.commandLine().getErr().println("okr simulate: " + e.getMessage());
            return EXIT_FAILED;
        }
        spec.commandLine().getOut().println("Published " + report + " to " + topic + ".");
        return 0;
    }
}
