package dev.okr.okrfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.okrfile.metric.Condition;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.EventMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.SumMetric;
import dev.okr.okrfile.metric.Window;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files of examples/: valid together, bound as written, computable from docs/events.md. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static List<Path> files;
    private static OkrSet set;

    @BeforeAll
    static void loadExamples() throws IOException, InvalidOkrFileException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        set = OkrFileLoader.load(files);
    }

    private static KeyResult kr(String id) {
        return set.keyResults().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theExamplesValidateTogetherWithoutWarnings() {
        ValidationReport report = OkrFileLoader.validate(files);
        assertThat(files).hasSize(4);
        assertThat(report.problems()).isEmpty();
        assertThat(set.period()).isEqualTo(Period.quarter(2026, 4));
        assertThat(set.zone()).isEqualTo(ZoneId.of("Europe/Oslo"));
        assertThat(set.objectives())
                .extracting(Objective::team)
                .contains("growth", "platform", "customer");
    }

    @Test
    void theCompanyCascadesThroughTheDivisionToTheGrowthTeam() {
        Objective funnel = set.objective("trial-to-paid").orElseThrow();
        Objective division = set.objective(funnel.parent().orElseThrow()).orElseThrow();
        assertThat(division.title())
                .isEqualTo("Deliver a seamless, self-service purchasing flow for small businesses");
        assertThat(set.objective(division.parent().orElseThrow()).orElseThrow().title())
                .isEqualTo("Become the market leader in the SMB segment");
        assertThat(set.children("smb-leader")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void keyResultsAreBoundAsWritten() {
        KeyResult retention = kr("customer-retention");
        assertThat(retention.goal()).isEqualTo(new Goal.Move(Baseline.auto(), Target.relative(10)));
        assertThat(((RatioMetric) retention.metric()).window()).isEqualTo(Window.TRAILING_28D);

        DurationMetric aha = (DurationMetric) kr("time-to-aha").metric();
        assertThat(aha.from()).isEqualTo("Signed Up");
        assertThat(aha.to()).isEqualTo("Project Created");
        assertThat(aha.unit()).isEqualTo(ChronoUnit.MINUTES);
        assertThat(aha.window()).isEqualTo(Window.TRAILING_7D);
        assertThat(kr("time-to-aha").unit()).contains("minutes");

        assertThat(((PercentileMetric) kr("search-latency-p95").metric()).p()).isEqualTo(95);
        assertThat(((ConversionMetric) kr("trial-conversion").metric()).within())
                .isEqualTo(Duration.ofDays(14));
        assertThat(kr("trial-conversion").weight()).isEqualTo(2);
        assertThat(kr("insights-feedback").deadline()).contains(LocalDate.of(2026, 11, 30));
        assertThat(kr("uptime").goal()).isEqualTo(new Goal.Maintain(0.999, Comparison.AT_LEAST));
        assertThat(kr("uptime").commitment()).isEqualTo(Commitment.COMMITTED);
        assertThat(((RetentionMetric) kr("insights-retention").metric()).where())
                .containsExactly(new Condition.Equals("feature", "insights"));
        RatioMetric errorRate = (RatioMetric) kr("error-rate").metric();
        assertThat(((EventMetric) errorRate.numerator()).filter().where())
                .containsExactly(new Condition.Compare("status", Condition.Comparator.GTE, 500));
    }

    @Test
    void everyEventAndPropertyTheExamplesReadIsInTheEventCatalog() throws IOException {
        String catalog = Files.readString(Path.of("..", "docs", "events.md"));
        Set<String> cataloged = new HashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(catalog);
        while (row.find()) {
            cataloged.add(row.group(1));
        }
        Set<String> events = new HashSet<>();
        Set<String> properties = new HashSet<>();
        set.keyResults().forEach(k -> collect(k.metric(), events, properties));
        assertThat(cataloged).as("track events of docs/events.md").containsAll(events);
        for (String property : properties) {
            assertThat(catalog)
                    .as("docs/events.md names property " + property)
                    .contains("`" + property + "`");
        }
    }

    @Test
    void everyExampleKeyResultNamesTheEventsItNeedsInAComment() throws IOException {
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s+- id: .*") && lines.get(i).startsWith("      -")) {
                    String above = String.join("\n", lines.subList(Math.max(0, i - 6), i));
                    assertThat(above)
                            .as(file + ":" + (i + 1) + " has an \"Events:\" comment above it")
                            .contains("# Events:");
                }
            }
        }
    }

    @Test
    void theModelSurvivesJavaSerializationAsFlinkShipsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(set);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(set);
        }
    }

    private static void collect(Metric metric, Set<String> events, Set<String> properties) {
        if (metric instanceof RatioMetric ratio) {
            collect(ratio.numerator(), events, properties);
            collect(ratio.denominator(), events, properties);
        } else if (metric instanceof EventMetric e) {
            events.addAll(e.filter().events());
            e.filter().where().forEach(c -> properties.add(c.path()));
            if (e instanceof SumMetric sum) {
                properties.add(sum.property());
            } else if (e instanceof PercentileMetric p) {
                properties.add(p.property());
            } else if (e instanceof dev.okr.okrfile.metric.AverageMetric a) {
                properties.add(a.property());
            } else if (e instanceof dev.okr.okrfile.metric.NpsMetric n) {
                properties.add(n.property());
            }
        } else if (metric instanceof DurationMetric d) {
            events.addAll(List.of(d.from(), d.to()));
            if (!d.keyedByUser()) {
                properties.add(d.key());
            }
            d.where().forEach(c -> properties.add(c.path()));
        } else if (metric instanceof RetentionMetric r) {
            events.add(r.cohortEvent());
            events.addAll(r.returnEvents());
            r.where().forEach(c -> properties.add(c.path()));
        } else if (metric instanceof ConversionMetric c) {
            events.addAll(List.of(c.from(), c.to()));
            c.where().forEach(w -> properties.add(w.path()));
        }
    }
}
