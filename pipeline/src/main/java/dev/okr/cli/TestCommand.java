package dev.okr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code okr test}: handled by the {@code ./okr} script, which installs the test servers and runs
 * the Maven build; the jar only explains that.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Installs what the tests need and runs them all (mvn -B verify).")
final class TestCommand implements Callable<Integer> {

    /** The exit code: the jar cannot run the tests, the script does. */
    static final int EXIT_USE_THE_SCRIPT = 2;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println(
                        "Run `./okr test` from the repository root: it installs influxd and kcat"
                                + " when they are missing, then runs `mvn -B verify`.");
        return EXIT_USE_THE_SCRIPT;
    }
}
