package dev.okr.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The structure rules every OKR dashboard follows, as checks that return what they find wrong
 * (empty when nothing is): there is no offline validator for Grafana's classic dashboard model, so
 * these are ours. Each rule is tested on a dashboard built to break it.
 */
final class DashboardRules {

    static final int SCHEMA_VERSION = 42;
    static final int GRID_COLUMNS = 24;

    private DashboardRules() {}

    /** Every rule's problems with {@code d}. */
    static List<String> check(Dashboard d) {
        List<String> problems = new ArrayList<>();
        problems.addAll(model(d));
        problems.addAll(uniquePanelIds(d));
        problems.addAll(gridPositions(d));
        problems.addAll(datasources(d));
        problems.addAll(everyPanelHasAQuery(d));
        problems.addAll(variablesDefined(d));
        problems.addAll(thresholds(d));
        problems.addAll(schemaNames(d));
        return problems;
    }

    private static String where(Dashboard d, JsonNode panel) {
        return d.title() + " / " + panel.path("title").asText();
    }

    static List<String> model(Dashboard d) {
        List<String> problems = new ArrayList<>();
        if (d.uid().isBlank() || d.title().isBlank()) {
            problems.add(d.file() + ": a dashboard needs a uid and a title");
        }
        if (d.json().path("schemaVersion").asInt() != SCHEMA_VERSION) {
            problems.add(d.title() + ": schemaVersion is not " + SCHEMA_VERSION);
        }
        return problems;
    }

    static List<String> uniquePanelIds(Dashboard d) {
        List<String> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (JsonNode panel : d.panels()) {
            int id = panel.path("id").asInt(0);
            if (id <= 0 || !seen.add(id)) {
                problems.add(where(d, panel) + ": id " + id + " missing or used twice");
            }
        }
        return problems;
    }

    /** Inside the 24 columns, and no two panels on the same cell. */
    static List<String> gridPositions(Dashboard d) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> placed = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            JsonNode g = panel.path("gridPos");
            int x = g.path("x").asInt(-1);
            int w = g.path("w").asInt(0);
            boolean inside = x >= 0 && w > 0 && x + w <= GRID_COLUMNS;
            if (!inside || g.path("h").asInt(0) <= 0 || g.path("y").asInt(-1) < 0) {
                problems.add(where(d, panel) + ": no valid gridPos: " + g);
                continue;
            }
            for (JsonNode other : placed) {
                if (overlap(g, other.path("gridPos"))) {
                    problems.add(where(d, panel) + " and " + where(d, other) + " overlap");
                }
            }
            placed.add(panel);
        }
        return problems;
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return spans(a, b, "x", "w") && spans(a, b, "y", "h");
    }

    private static boolean spans(JsonNode a, JsonNode b, String start, String length) {
        int a0 = a.path(start).asInt();
        int b0 = b.path(start).asInt();
        return a0 < b0 + b.path(length).asInt() && b0 < a0 + a.path(length).asInt();
    }

    /** Every data panel, target and query variable on the provisioned datasource. */
    static List<String> datasources(Dashboard d) {
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : d.dataPanels()) {
            onProvisionedDatasource(panel, where(d, panel), problems);
            for (JsonNode target : panel.path("targets")) {
                String refId = target.path("refId").asText();
                onProvisionedDatasource(target, where(d, panel) + " " + refId, problems);
            }
        }
        for (JsonNode variable : d.variables()) {
            if (variable.path("type").asText().equals("query")) {
                String name = d.title() + " / $" + variable.path("name").asText();
                onProvisionedDatasource(variable, name, problems);
            }
        }
        return problems;
    }

    private static void onProvisionedDatasource(JsonNode node, String where, List<String> out) {
        JsonNode datasource = node.path("datasource");
        if (!datasource.path("uid").asText().equals(Provisioning.DATASOURCE_UID)
                || !datasource.path("type").asText().equals("influxdb")) {
            out.add(where + ": datasource " + datasource + " is not the provisioned one");
        }
    }

    /** Every data panel has a raw InfluxQL query; no target is left empty. */
    static List<String> everyPanelHasAQuery(Dashboard d) {
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : d.dataPanels()) {
            if (panel.path("targets").isEmpty()) {
                problems.add(where(d, panel) + ": no query");
            }
            for (JsonNode target : panel.path("targets")) {
                if (target.path("query").asText().isBlank()
                        || !target.path("rawQuery").asBoolean()) {
                    problems.add(where(d, panel) + ": a target is not a raw InfluxQL query");
                }
            }
        }
        return problems;
    }

    /**
     * Every {@code $name} in a panel (title, queries, links, repeat) or a variable's query is a
     * variable of the dashboard or one Grafana provides; a panel repeats over a multi-valued one.
     */
    static List<String> variablesDefined(Dashboard d) {
        Set<String> defined = new HashSet<>(GrafanaInterpolation.BUILT_INS);
        d.variables().forEach(v -> defined.add(v.path("name").asText()));
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            String text =
                    panel.path("title").asText()
                            + panel.path("targets")
                            + panel.path("fieldConfig");
            undefined(text, defined)
                    .forEach(v -> problems.add(where(d, panel) + ": $" + v + " is not defined"));
            String repeat = panel.path("repeat").asText("");
            boolean multi =
                    d.variable(repeat)
                            .map(
                                    v ->
                                            v.path("multi").asBoolean()
                                                    || v.path("includeAll").asBoolean())
                            .orElse(false);
            if (!repeat.isEmpty() && !multi) {
                problems.add(
                        where(d, panel)
                                + ": repeated for $"
                                + repeat
                                + ", which is not a multi-valued variable");
            }
        }
        for (JsonNode v : d.variables()) {
            undefined(v.path("query").asText(), defined)
                    .forEach(
                            u ->
                                    problems.add(
                                            d.title()
                                                    + " / $"
                                                    + v.path("name").asText()
                                                    + ": $"
                                                    + u
                                                    + " is not defined"));
        }
        return problems;
    }

    private static Set<String> undefined(String text, Set<String> defined) {
        Set<String> undefined = new HashSet<>();
        for (String name : GrafanaInterpolation.variablesIn(text)) {
            // tag_<key> is the InfluxDB datasource's alias for a series' tag value.
            if (!defined.contains(name) && !name.startsWith("__") && !name.startsWith("tag_")) {
                undefined.add(name);
            }
        }
        return undefined;
    }

    /** Threshold steps ascending, the first one's value null (it holds everything below). */
    static List<String> thresholds(Dashboard d) {
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : d.dataPanels()) {
            List<JsonNode> all = new ArrayList<>();
            all.add(panel.path("fieldConfig").path("defaults").path("thresholds"));
            for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
                for (JsonNode property : override.path("properties")) {
                    if (property.path("id").asText().equals("thresholds")) {
                        all.add(property.path("value"));
                    }
                }
            }
            for (JsonNode t : all) {
                if (!t.isMissingNode() && !ascendingFromNull(t.path("steps"))) {
                    problems.add(
                            where(d, panel)
                                    + ": threshold steps "
                                    + t.path("steps")
                                    + " do not start at null and ascend");
                }
            }
        }
        return problems;
    }

    private static boolean ascendingFromNull(JsonNode steps) {
        if (steps.isEmpty() || !steps.get(0).path("value").isNull()) {
            return false;
        }
        for (int i = 1; i < steps.size(); i++) {
            JsonNode value = steps.get(i).path("value");
            boolean above = i == 1 || value.asDouble() > steps.get(i - 1).path("value").asDouble();
            if (!value.isNumber() || !above) {
                return false;
            }
        }
        return true;
    }

    /** Measurements, tags and fields of every query exist in the schema the pipeline writes. */
    static List<String> schemaNames(Dashboard d) {
        List<String> problems = new ArrayList<>();
        for (PanelQuery q : d.queries()) {
            InfluxNames.unknownNames(q.query())
                    .forEach(n -> problems.add(q + ": " + n + " is not in InfluxSchema"));
        }
        return problems;
    }
}
