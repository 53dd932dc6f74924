package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.bench.BenchDoc;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small real bench: limits, throughput and freshness (scale and safety run the same bounded jobs
 * with other options) against the test broker and influxd, with the example OKR files; its report
 * must have every figure, positive, and ratios that agree with the figures they divide. Speed
 * itself is not asserted.
 */
@ExtendWith(LocalServersExtension.class)
class BenchCommandIT {

    private static final Pattern ROW =
            Pattern.compile(
                    "^\\| ([^|]+) \\| ([-\\d.,]+) \\| ([-\\d.,]+) \\| ([-\\d.,]+) \\|",
                    Pattern.MULTILINE);

    @Test
    void measuresEverySectionAndWritesTheReportIntoItsSection(
            TestKafka kafka, TestInflux influx, @TempDir Path dir) throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n## Another section\n\nKept.\n");

        OkrCliRunner.Result result =
                quickBench(
                        kafka,
                        influx,
                        "--sections",
                        "limits,throughput,freshness",
                        "--okrs",
                        examples("company"),
                        examples("growth"),
                        examples("customer"),
                        examples("platform"),
                        "--doc",
                        doc.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String written = Files.readString(doc);
        assertThat(written)
                .startsWith("# Benchmarks\n\n## Another section\n\nKept.\n")
                .contains(
                        BenchDoc.BEGIN,
                        BenchDoc.END,
                        "### Goals",
                        "### Limits",
                        "### Throughput",
                        "### Freshness")
                .doesNotContain("### Scale", "### Cost of safety");
        assertThat(result.out())
                .contains("## okr bench")
                .as("the throughput runs read their own topic, a user per 200 records")
                .contains(
                        "publishing 10,000 simulated records (50 users, 0% malformed) to bench-scale",
                        "publishing 20,000 simulated records (100 users, 0% malformed) to"
                                + " bench-throughput",
                        "over 20,000 simulated records (100 users");
        List<double[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(written);
        while (m.find()) {
            double median = number(m.group(2));
            double min = number(m.group(3));
            double max = number(m.group(4));
            assertThat(min).as(m.group(1)).isLessThanOrEqualTo(median);
            assertThat(median).as(m.group(1)).isLessThanOrEqualTo(max);
            if (!m.group(1).contains("beyond")) {
                assertThat(min).as(m.group(1) + " is positive").isPositive();
            }
            rows.add(new double[] {median});
        }
        assertThat(rows).as("figures in the report").hasSizeGreaterThanOrEqualTo(10);
        double throughput = figure(written, "okr run --as-of, p=1");
        double passThrough = figure(written, "Flink pass-through, p=1");
        assertThat(figure(written, "okr run / Flink pass-through, per core (p=1)"))
                .as("the ratio is the figures' quotient")
                .isCloseTo(throughput / passThrough, org.assertj.core.data.Offset.offset(0.01));
        assertThat(figure(written, "freshness p50 at 10% of throughput"))
                .isLessThanOrEqualTo(figure(written, "freshness p99 at 10% of throughput"));
    }

    @Test
    void aFixedFreshnessRateIsMeasuredAloneWithTheGoal(
            TestKafka kafka, TestInflux influx, @TempDir Path dir) throws Exception {
        OkrCliRunner.Result result =
                quickBench(
                        kafka,
                        influx,
                        "--sections",
                        "freshness",
                        "--freshness-rate",
                        "2000",
                        "--okrs",
                        examples("company"),
                        "--doc",
                        "");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("a fixed rate (--freshness-rate)")
                .doesNotContain("of throughput");
        assertThat(figure(result.out(), "records produced/s at 2,000 events/s"))
                .as("the load runs at the rate asked")
                .isBetween(1000.0, 3000.0);
        assertThat(result.out())
                .containsPattern(
                        "\\| freshness p99 beyond the live interval at 2,000 events/s \\|.*\\| < 2\\.00 \\|");
    }

    /**
     * A quick bench of 20,000 records a throughput run and 10,000 a warm-up, on the test servers, 3
     * s live runs with a 1 s interval.
     */
    private static OkrCliRunner.Result quickBench(
            TestKafka kafka, TestInflux influx, String... more) throws Exception {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "bench",
                                "--quick",
                                "--events",
                                "20000",
                                "--scale-events",
                                "10000",
                                "--freshness-duration",
                                "3s",
                                "--live-interval",
                                "1s",
                                "--kafka-bootstrap",
                                kafka.bootstrapServers(),
                                "--influx-url",
                                influx.url()));
        args.addAll(List.of(more));
        return OkrCliRunner.run(args.toArray(String[]::new));
    }

    private static double figure(String markdown, String name) {
        Matcher m = ROW.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return number(m.group(2));
            }
        }
        throw new AssertionError("no figure " + name + " in\n" + markdown);
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", "").toLowerCase(Locale.ROOT));
    }

    private static String examples(String name) {
        return Path.of("..", "examples", name + ".yaml").toString();
    }
}
