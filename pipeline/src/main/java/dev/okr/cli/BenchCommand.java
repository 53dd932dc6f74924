package dev.okr.cli;

import dev.okr.bench.Bench;
import dev.okr.bench.BenchDoc;
import dev.okr.bench.BenchReport;
import dev.okr.bench.BenchSection;
import dev.okr.bench.BenchSettings;
import dev.okr.job.DurationConverter;
import dev.okr.okrfile.InvalidOkrFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code okr bench}: measures throughput and freshness against this machine's limits ({@link
 * Bench}), prints the report and writes it into its section of {@code docs/benchmarks.md}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures throughput and freshness against this machine's limits, measured in the same"
                    + " run: the bare Kafka consumer, a Flink pass-through, InfluxDB's write"
                    + " ceiling. Prints the report and writes it into docs/benchmarks.md.",
            "It starts its own Kafka broker and influxd on free ports of 127.0.0.1 and stops them"
                    + " at the end, unless --kafka-bootstrap and --influx-url name running ones."
                    + " The full bench takes about 40 minutes; --quick about one."
        })
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--events",
            description =
                    "Simulated records per run of the limits, throughput and safety sections. Default:"
                            + " 20000000, about 2 minutes a run on a 2-core machine (100000 with --quick).")
    Long events;

    @Option(
            names = "--scale-events",
            description =
                    "Simulated records per run of the scale section, whose topics of up to a"
                            + " million users are published for it. Default: 2000000 (100000 with --quick).")
    Long scaleEvents;

    @Option(
            names = "--runs",
            description =
                    "Runs per figure; each figure is their median and range. Default: 3 (1 with --quick).")
    Integer runs;

    @Option(
            names = "--users",
            description =
                    "Simulated users of each topic (but those of --scale-users, which have as many users as they say). Default: one per"
                            + " 200 records, the mix of 10000 users in 2000000 records.")
    Integer users;

    @Option(
            names = "--scale-users",
            split = ",",
            description =
                    "User counts of the state-size runs. Default: 10000,100000,1000000 (1000,10000 with --quick).")
    List<Integer> scaleUsers;

    @Option(
            names = "--sections",
            split = ",",
            description =
                    "Sections to run, of: limits, throughput, freshness, scale, safety. Default: all.")
    List<String> sections;

    @Option(
            names = "--freshness-duration",
            converter = DurationConverter.class,
            description =
                    "How long events are produced live in each freshness run. Default: 30s (10s with --quick).")
    Duration freshnessDuration;

    @Option(
            names = "--freshness-rate",
            description =
                    "Events/s of one freshness run at a fixed rate, to ask whether this machine keeps up with it. Default: half and a tenth of the throughput measured at p=1.")
    Double freshnessRate;

    @Option(
            names = "--live-interval",
            defaultValue = "${env:OKR_LIVE_INTERVAL:-10s}",
            converter = DurationConverter.class,
            description =
                    "The pipeline's live interval in the freshness runs, as for okr run. Default: ${DEFAULT-VALUE}.")
    Duration liveInterval;

    @Option(
            names = "--quick",
            description = "A small bench (about a minute): fewer events, one run a figure.")
    boolean quick;

    @Option(
            names = "--okrs",
            arity = "1..*",
            split = ",",
            defaultValue =
                    "examples/company.yaml,examples/growth.yaml,examples/customer.yaml,examples/platform.yaml",
            description = "OKR files the pipeline runs with. Default: the examples.")
    List<Path> okrs;

    @Option(
            names = "--kafka-bootstrap",
            defaultValue = "${env:OKR_KAFKA_BOOTSTRAP}",
            description =
                    "A running Kafka broker to use (env OKR_KAFKA_BOOTSTRAP). Default: start one.")
    String kafkaBootstrap;

    @Option(
            names = "--influx-url",
            defaultValue = "${env:OKR_INFLUX_URL}",
            description = "A running InfluxDB to use (env OKR_INFLUX_URL). Default: start one.")
    String influxUrl;

    @Option(
            names = "--doc",
            defaultValue = "docs/benchmarks.md",
            description =
                    "The file whose okr bench section is replaced by the report; empty for none. Default: ${DEFAULT-VALUE}.")
    String doc;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("okr bench: " + e.getMessage());
            err.flush();
            return 2;
        }
        BenchReport report;
        try {
            report = Bench.run(settings, out);
        } catch (InvalidOkrFileException e) {
            err.println("okr bench: the OKR files are not valid: " + e.getMessage());
            err.flush();
            return 2;
        }
        out.println();
        out.print(report.markdown());
        if (doc != null && !doc.isBlank()) {
            BenchDoc.write(Path.of(doc), report.markdown());
            out.println("okr bench: the report is in " + doc);
        }
        out.flush();
        return 0;
    }

    BenchSettings settings() {
        BenchSettings.Builder b =
                BenchSettings.builder()
                        .okrs(okrs)
                        .liveInterval(liveInterval)
                        .kafkaBootstrap(kafkaBootstrap)
                        .influxUrl(influxUrl);
        if (quick) {
            b.events(100_000)
                    .scaleEvents(100_000)
                    .runs(1)
                    .scaleUsers(List.of(1_000, 10_000))
                    .freshnessDuration(Duration.ofSeconds(10));
        } else {
            b.freshnessDuration(Duration.ofSeconds(30));
        }
        if (events != null) {
            b.events(events);
        }
        if (scaleEvents != null) {
            b.scaleEvents(scaleEvents);
        }
        if (runs != null) {
            b.runs(runs);
        }
        if (users != null) {
            b.users(users);
        }
        if (scaleUsers != null) {
            b.scaleUsers(scaleUsers);
        }
        if (freshnessDuration != null) {
            b.freshnessDuration(freshnessDuration);
        }
        if (freshnessRate != null) {
            if (freshnessRate <= 0) {
                throw new IllegalArgumentException(
                        "--freshness-rate must be more than 0 events/s, not " + freshnessRate);
            }
            b.freshnessRate(freshnessRate);
        }
        b.sections(sections == null ? EnumSet.allOf(BenchSection.class) : sections(sections));
        return b.build();
    }

    private static Set<BenchSection> sections(List<String> names) {
        Set<BenchSection> sections = EnumSet.noneOf(BenchSection.class);
        for (String name : names) {
            try {
                sections.add(BenchSection.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "--sections: no section '"
                                + name
                                + "'; the sections are limits, throughput, freshness, scale,"
                                + " safety");
            }
        }
        return sections;
    }
}
