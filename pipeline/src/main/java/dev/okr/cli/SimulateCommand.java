package dev.okr.cli;

import picocli.CommandLine.Command;

/** {@code okr simulate}: publishes a realistic product's events to Kafka. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Publishes a realistic product's events to Kafka.")
final class SimulateCommand extends NotAvailableYet {}
