package dev.okr.cli;

import dev.okr.job.OkrJob;
import dev.okr.job.RunOptions;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.flink.util.ExceptionUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code okr run}: validates the OKR files (errors stop the run with the validator's messages),
 * then runs the pipeline on the embedded Flink MiniCluster: until the data as of {@code --as-of} is
 * written, or for ever in a live run.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the pipeline: events from Kafka in, scored key results to InfluxDB out.",
            "Credentials come from the environment only: OKR_INFLUX_TOKEN, or OKR_INFLUX_USER and"
                    + " OKR_INFLUX_PASSWORD; OKR_KAFKA_SASL_PASSWORD and the store passwords for"
                    + " Kafka."
        })
final class RunCommand implements Callable<Integer> {

    @Mixin RunOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (options.okrs == null || options.okrs.isEmpty()) {
            err.println("okr run: no OKR files given: pass --okrs FILE... or set OKR_OKRS.");
            return 2;
        }
        ValidationReport report = OkrFileLoader.validate(options.okrs);
        report.problems().forEach(err::println);
        if (!report.unreadable().isEmpty()) {
            return 2;
        }
        if (!report.isValid()) {
            err.println("okr run: the OKR files have errors; nothing was run.");
            return 1;
        }
        if (options.checkpointDir == null || options.checkpointDir.isBlank()) {
            // State outgrows the JobManager's memory (5 MB) at once: checkpoint to files.
            options.checkpointDir =
                    OkrHome.of(System.getenv()).resolve("checkpoints").toUri().toString();
        }
        try {
            OkrJob.execute(options, System.getenv());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("okr run: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            Throwable cause = ExceptionUtils.stripExecutionException(e);
            while (cause.getCause() != null
                    && cause.getMessage() != null
                    && cause.getMessage().startsWith("Job execution failed")) {
                cause = cause.getCause();
            }
            err.println(
                    "okr run: the job failed: "
                            + rootMessage(cause)
                            + " (details in "
                            + System.getProperty("okr.log.file", "okr.log")
                            + ")");
            return 1;
        } finally {
            err.flush();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
