package dev.okr.cli;

import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okr validate}: checks OKR files and reports every problem with file:line:column. The files
 * are validated together, as {@code okr run} uses them: a parent may live in another file. Exit 0
 * when valid (warnings printed), 1 on errors, 2 when a file cannot be read.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks OKR files and reports every problem with file:line:column.",
            "The files are validated together, as `okr run` uses them: a parent may live in"
                    + " another file.",
            "Exit status: 0 valid (warnings are printed), 1 errors, 2 a file cannot be read."
        })
final class ValidateCommand implements Callable<Integer> {

    static final int EXIT_VALID = 0;
    static final int EXIT_INVALID = 1;
    static final int EXIT_UNREADABLE = 2;

    /** How problems are printed. */
    enum Format {
        text,
        json
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "OKR files (YAML), validated together as one set.")
    List<Path> files;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description =
                    "text: one `file:line:column: message` line per problem; json: one object"
                            + " with every problem, for CI. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = OkrFileLoader.validate(files);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(ValidationJson.write(report, files));
        } else {
            report.problems().forEach(out::println);
            out.println(summary(report));
        }
        out.flush();
        if (!report.unreadable().isEmpty()) {
            return EXIT_UNREADABLE;
        }
        return report.isValid() ? EXIT_VALID : EXIT_INVALID;
    }

    private String summary(ValidationReport report) {
        String warnings = count(report.warnings().size(), "warning");
        if (report.isValid()) {
            int objectives = report.okrSet().orElseThrow().objectives().size();
            int keyResults = report.okrSet().orElseThrow().keyResults().size();
            return "okr validate: "
                    + count(files.size(), "file")
                    + " valid ("
                    + count(objectives, "objective")
                    + ", "
                    + count(keyResults, "key result")
                    + "), "
                    + (report.warnings().isEmpty() ? "no warnings" : warnings)
                    + ".";
        }
        long filesWithErrors =
                report.errors().stream().map(p -> p.position().file()).distinct().count();
        return "okr validate: "
                + count(report.errors().size(), "error")
                + (report.warnings().isEmpty() ? "" : " and " + warnings)
                + " in "
                + count((int) filesWithErrors, "file")
                + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
