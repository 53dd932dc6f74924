package dev.okr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs an {@code okr} command in this JVM, as a user would from the shell, and captures it. */
public final class OkrCliRunner {

    /** What the command printed and its exit code. */
    public record Result(int exitCode, String out, String err) {}

    private OkrCliRunner() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = OkrCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
