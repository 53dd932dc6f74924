package dev.okr.cli;

import dev.okr.job.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code okr run}: runs the pipeline on the embedded Flink MiniCluster. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Runs the pipeline: events from Kafka in, scored key results to InfluxDB out.")
final class RunCommand extends NotAvailableYet {

    @Mixin RunOptions options;
}
