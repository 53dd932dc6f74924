package dev.okr.job;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The entry point of the job jar, for a Flink cluster: {@code flink run okr-pipeline-job.jar --okrs
 * ...} or the REST {@code /jars/<id>/run}. It takes the options of {@code okr run} and runs the
 * identical topology; it never calls {@code System.exit}, which would end the JobManager that runs
 * it.
 */
@Command(name = "okr-job", mixinStandardHelpOptions = true)
public final class OkrJob implements Runnable {

    @Mixin RunOptions options;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new OkrJob());
        int exitCode = commandLine.execute(args);
        if (exitCode != 0) {
            throw new IllegalStateException("okr-job ended with exit code " + exitCode);
        }
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException(
                "The OKR pipeline job is not available yet in this version.");
    }
}
