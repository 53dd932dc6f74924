package dev.okr.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One dashboard of the classic JSON model, with what the tests read of it: its panels (those nested
 * in collapsed rows included), its template variables and every query they run.
 *
 * @param file where it was read from
 * @param json the dashboard
 */
record Dashboard(Path file, JsonNode json) {

    String uid() {
        return json.path("uid").asText();
    }

    String title() {
        return json.path("title").asText();
    }

    /** Every panel in order, rows included, and the panels a collapsed row holds after it. */
    List<JsonNode> panels() {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : json.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    /** The panels that show data: every panel but rows. */
    List<JsonNode> dataPanels() {
        return panels().stream().filter(p -> !isRow(p)).toList();
    }

    List<JsonNode> variables() {
        List<JsonNode> variables = new ArrayList<>();
        json.path("templating").path("list").forEach(variables::add);
        return variables;
    }

    Optional<JsonNode> variable(String name) {
        return variables().stream().filter(v -> v.path("name").asText().equals(name)).findFirst();
    }

    /** Every query: each target of each data panel, then each query variable's. */
    List<PanelQuery> queries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (JsonNode panel : dataPanels()) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(
                        new PanelQuery(
                                title(),
                                panel.path("id").asInt(),
                                panel.path("title").asText(),
                                panel.path("type").asText(),
                                target.path("refId").asText(),
                                target.path("query").asText(),
                                target.path("resultFormat").asText("time_series"),
                                panel.path("repeat").asText(null)));
            }
        }
        for (JsonNode variable : variables()) {
            if (variable.path("type").asText().equals("query")) {
                queries.add(
                        new PanelQuery(
                                title(),
                                0,
                                "$" + variable.path("name").asText(),
                                "variable",
                                "",
                                variable.path("query").asText(),
                                "table",
                                null));
            }
        }
        return queries;
    }

    static boolean isRow(JsonNode panel) {
        return panel.path("type").asText().equals("row");
    }
}
