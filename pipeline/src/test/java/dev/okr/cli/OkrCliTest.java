package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OkrCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = OkrCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionNamesTheBuildAndItsFrameworks() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString())
                .as("the version comes from the build, not an unfiltered placeholder")
                .doesNotContain("${")
                .containsPattern("okr \\d+\\.\\d+\\.\\d+")
                .containsPattern("Flink \\d+\\.\\d+\\.\\d+, Kafka clients \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("validate", "run", "simulate", "status", "demo", "bench", "test");
    }

    @Test
    void runHelpShowsEachOptionWithItsEnvironmentVariable() {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString())
                .contains("--okrs", "OKR_OKRS")
                .contains("--kafka-bootstrap", "OKR_KAFKA_BOOTSTRAP")
                .contains("--topic", "OKR_TOPIC")
                .contains("--influx-url", "OKR_INFLUX_URL")
                .contains("--influx-db", "OKR_INFLUX_DB")
                .contains("--as-of", "OKR_AS_OF")
                .contains("--parallelism", "OKR_PARALLELISM");
    }

    @Test
    void demoHelpSaysHowToStopResetAndRunUnattended() {
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString())
                .contains("--reset", "--duration", "--no-tty", "Ctrl-C", "OKR_INFLUX_URL");
    }

    @Test
    void aBenchSectionThatDoesNotExistIsAUsageErrorThatNamesTheSections() {
        assertThat(run("bench", "--sections", "speed", "--doc", "")).isEqualTo(2);
        assertThat(err.toString()).contains("no section 'speed'", "limits, throughput");
    }

    @Test
    void aFreshnessRateOfNothingIsAUsageError() {
        assertThat(run("bench", "--freshness-rate", "0", "--doc", "")).isEqualTo(2);
        assertThat(err.toString()).contains("--freshness-rate must be more than 0 events/s");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "frobnicate");
    }
}
