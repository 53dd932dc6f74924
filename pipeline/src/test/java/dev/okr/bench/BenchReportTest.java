package dev.okr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final Machine MACHINE =
            new Machine(
                    "Test CPU",
                    2,
                    8L << 30,
                    "Linux 6",
                    "OpenJDK 17",
                    "2.2.1",
                    "4.2.0",
                    "1.6.7",
                    1.5,
                    2.5);

    private static final BenchSettings SETTINGS =
            BenchSettings.builder()
                    .okrs(List.of(Path.of("examples/growth.yaml")))
                    .events(100_000)
                    .runs(3)
                    .sections(EnumSet.of(BenchSection.LIMITS, BenchSection.THROUGHPUT))
                    .build();

    private static final BenchTable LIMITS =
            new BenchTable(
                    BenchSection.LIMITS,
                    "Limits",
                    List.of("How the limits were measured."),
                    List.of(
                            Figure.of(
                                    "bare Kafka consumer",
                                    Spread.of(900_000, 1_000_000, 1_100_000),
                                    Unit.RECORDS_PER_SECOND)));

    private static final BenchTable THROUGHPUT =
            new BenchTable(
                    BenchSection.THROUGHPUT,
                    "Throughput",
                    List.of(),
                    List.of(
                            Figure.of(
                                    "okr run",
                                    Spread.of(90_000, 100_000, 120_000),
                                    Unit.EVENTS_PER_SECOND),
                            new Figure(
                                    "okr run / pass-through",
                                    Spread.of(0.25, 0.31, 0.4),
                                    Unit.RATIO,
                                    Goal.atLeast(0.3)),
                            new Figure(
                                    "freshness beyond",
                                    Spread.of(2.5, 3, 4),
                                    Unit.SECONDS,
                                    Goal.under(2))));

    private final BenchReport report =
            new BenchReport(MACHINE, SETTINGS, List.of(LIMITS, THROUGHPUT));

    @Test
    void headsTheReportWithTheMachineAndItsVersions() {
        assertThat(report.markdown())
                .startsWith("## okr bench")
                .contains(
                        "Test CPU, 2 cores, 8.0 GiB, Linux 6; OpenJDK 17; Flink 2.2.1, Kafka 4.2.0, InfluxDB 1.6.7.")
                .contains("Load average (1 min) 1.5 at the start, 2.5 at the end.")
                .contains(
                        "Run: 100,000 simulated records (500 users) a throughput run, 2,000,000"
                                + " (10,000 users) a scale run, 3 runs a figure");
    }

    @Test
    void writesEveryFigureWithItsMedianAndRange() {
        assertThat(report.markdown())
                .contains(
                        "| bare Kafka consumer | 1,000,000 | 900,000 | 1,100,000 | records/s |  |  |")
                .contains("- How the limits were measured.");
    }

    @Test
    void listsTheGoalsFirstWithTheirVerdictOnTheMedian() {
        String md = report.markdown();

        assertThat(report.goals())
                .extracting(Figure::name)
                .containsExactly("okr run / pass-through", "freshness beyond");
        assertThat(md.indexOf("### Goals")).isLessThan(md.indexOf("### Limits"));
        assertThat(md)
                .contains("| okr run / pass-through | 0.31 | 0.25 | 0.40 |  | ≥ 0.30 | met |")
                .contains("| freshness beyond | 3.00 | 2.50 | 4.00 | s | < 2.00 | not met |");
    }

    @Test
    void findsAFigureByName() {
        assertThat(report.figure("okr run")).map(Figure::unit).contains(Unit.EVENTS_PER_SECOND);
        assertThat(report.figure("nothing")).isEmpty();
    }
}
