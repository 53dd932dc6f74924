package dev.okr.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of an {@code okr bench} run: the machine, the settings, and a table of figures per
 * section. {@link #markdown()} is what is printed and written into {@code docs/benchmarks.md}.
 */
public record BenchReport(Machine machine, BenchSettings settings, List<BenchTable> tables) {

    public BenchReport {
        tables = List.copyOf(tables);
    }

    /** Every figure held to a goal, across sections: the headline. */
    public List<Figure> goals() {
        List<Figure> goals = new ArrayList<>();
        for (BenchTable t : tables) {
            t.figures().stream().filter(f -> f.goal() != null).forEach(goals::add);
        }
        return goals;
    }

    /** The figure named {@code name}, in any section. */
    public java.util.Optional<Figure> figure(String name) {
        return tables.stream()
                .flatMap(t -> t.figures().stream())
                .filter(f -> f.name().equals(name))
                .findFirst();
    }

    /** The report as a Markdown section, headed {@code ## okr bench}. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## okr bench: throughput and freshness end to end\n\n");
        md.append(
                "Written by `okr bench`. Every figure is the median of its runs with the smallest"
                        + " and largest; ratios are to limits measured in the same run, on the"
                        + " same machine.\n\n");
        md.append("Machine: ")
                .append(machine.cpu())
                .append(", ")
                .append(machine.cores())
                .append(" cores, ")
                .append(
                        String.format(
                                Locale.ROOT, "%.1f GiB", machine.memoryBytes() / 1073741824.0))
                .append(", ")
                .append(machine.os())
                .append("; ")
                .append(machine.jdk())
                .append("; Flink ")
                .append(machine.flink())
                .append(", Kafka ")
                .append(machine.kafka())
                .append(", InfluxDB ")
                .append(machine.influxdb())
                .append(". ");
        md.append(
                String.format(
                        Locale.ROOT,
                        "Load average (1 min) %.1f at the start, %.1f at the end.\n\n",
                        machine.loadBefore(),
                        machine.loadAfter()));
        md.append(
                String.format(
                        Locale.ROOT,
                        "Run: %,d simulated records (%,d users) a throughput run, %,d (%,d users)"
                                + " a scale run, %d runs a figure; sections: %s.\n\n",
                        settings.events(),
                        settings.usersOf(settings.events()),
                        settings.scaleEvents(),
                        settings.usersOf(settings.scaleEvents()),
                        settings.runs(),
                        settings.sections().toString().toLowerCase(Locale.ROOT)));
        List<Figure> goals = goals();
        if (!goals.isEmpty()) {
            md.append("### Goals\n\n");
            table(md, goals);
        }
        for (BenchTable t : tables) {
            md.append("### ").append(t.title()).append("\n\n");
            for (String note : t.notes()) {
                md.append("- ").append(note).append('\n');
            }
            if (!t.notes().isEmpty()) {
                md.append('\n');
            }
            table(md, t.figures());
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Figure> figures) {
        md.append("| figure | median | min | max | unit | goal | |\n");
        md.append("| --- | ---: | ---: | ---: | --- | --- | --- |\n");
        for (Figure f : figures) {
            md.append("| ")
                    .append(f.name())
                    .append(" | ")
                    .append(f.unit().format(f.value().median()))
                    .append(" | ")
                    .append(f.unit().format(f.value().min()))
                    .append(" | ")
                    .append(f.unit().format(f.value().max()))
                    .append(" | ")
                    .append(f.unit().label())
                    .append(" | ")
                    .append(f.goal() == null ? "" : f.goal().toString())
                    .append(" | ")
                    .append(f.verdict())
                    .append(" |\n");
        }
        md.append('\n');
    }
}
