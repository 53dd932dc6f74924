package dev.okr.cli;

import picocli.CommandLine.Command;

/** {@code okr bench}: measures throughput and freshness against this machine's limits. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures throughput and freshness against this machine's limits.")
final class BenchCommand extends NotAvailableYet {}
