package dev.okr.cli;

import picocli.CommandLine.Command;

/** {@code okr status}: prints the current objectives and key results from InfluxDB. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Prints the current objectives and key results from InfluxDB.")
final class StatusCommand extends NotAvailableYet {}
