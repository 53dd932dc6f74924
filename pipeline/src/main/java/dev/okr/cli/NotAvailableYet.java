package dev.okr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command whose surface is settled but which is not built yet: it says so plainly. */
abstract class NotAvailableYet implements Callable<Integer> {

    /** The exit code of a command that is not available yet. */
    static final int EXIT_NOT_AVAILABLE = 2;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println(
                        "okr "
                                + spec.name()
                                + " is not available yet in okr "
                                + OkrVersion.version()
                                + ".");
        return EXIT_NOT_AVAILABLE;
    }
}
