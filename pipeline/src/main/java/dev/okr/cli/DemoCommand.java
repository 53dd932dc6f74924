package dev.okr.cli;

import picocli.CommandLine.Command;

/** {@code okr demo}: runs the whole product live on this machine. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the whole product live on this machine.")
final class DemoCommand extends NotAvailableYet {}
