package dev.okr.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code okr} command: the entry point of the application jar that {@code ./okr} runs. */
@Command(
        name = "okr",
        mixinStandardHelpOptions = true,
        versionProvider = OkrVersion.class,
        description = {
            "OKRs that track themselves: every Key Result computed live from product events,",
            "scored against its baseline and target, and written to InfluxDB for Grafana."
        },
        subcommands = {
            ValidateCommand.class,
            RunCommand.class,
            SimulateCommand.class,
            StatusCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            TestCommand.class,
            CommandLine.HelpCommand.class
        })
public final class OkrCli implements Runnable {

    @Spec private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, as {@code main} runs it; tests use it too. */
    public static CommandLine commandLine() {
        return new CommandLine(new OkrCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
