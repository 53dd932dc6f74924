package dev.okr.cli;

import picocli.CommandLine.Command;

/** {@code okr validate}: checks OKR files and reports every problem with file:line:column. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks OKR files and reports every problem with file:line:column.")
final class ValidateCommand extends NotAvailableYet {}
