package dev.okr.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The table of every panel and the query behind it that docs/dashboards.md shows, generated from
 * the dashboard files so that the page cannot drift from them.
 */
final class PanelTable {

    static final String START =
            "<!-- panel table: generated from the dashboard files by DashboardsDocTest -->";
    static final String END = "<!-- end of panel table -->";

    private PanelTable() {}

    /** The order the page presents the dashboards in, from the wall screen to the plumbing. */
    private static final List<String> ORDER =
            List.of(
                    Provisioning.OVERVIEW,
                    Provisioning.TEAM,
                    Provisioning.KEY_RESULT,
                    Provisioning.HEALTH);

    static String markdown(List<Dashboard> dashboards) {
        StringBuilder md = new StringBuilder(START).append("\n");
        List<Dashboard> ordered =
                dashboards.stream()
                        .sorted(java.util.Comparator.comparingInt(d -> ORDER.indexOf(d.uid())))
                        .toList();
        for (Dashboard d : ordered) {
            md.append("\n### ").append(d.title()).append(" (`").append(d.uid()).append("`)\n\n");
            md.append("| panel | type | query |\n| --- | --- | --- |\n");
            for (JsonNode v : d.variables()) {
                md.append("| variable `$")
                        .append(v.path("name").asText())
                        .append("` | ")
                        .append(v.path("multi").asBoolean() ? "multi-value" : "single value")
                        .append(v.path("hide").asInt() == 2 ? ", hidden" : "")
                        .append(" | ")
                        .append(code(v.path("query").asText()))
                        .append(" |\n");
            }
            for (JsonNode panel : d.panels()) {
                if (Dashboard.isRow(panel)) {
                    md.append("| row ")
                            .append(code(panel.path("title").asText()))
                            .append(repeated(panel))
                            .append(" | row | |\n");
                    continue;
                }
                for (JsonNode target : panel.path("targets")) {
                    md.append("| ")
                            .append(panel.path("title").asText())
                            .append(repeated(panel))
                            .append(
                                    panel.path("targets").size() > 1
                                            ? " (" + target.path("refId").asText() + ")"
                                            : "")
                            .append(" | ")
                            .append(panel.path("type").asText())
                            .append(" | ")
                            .append(code(target.path("query").asText()))
                            .append(" |\n");
                }
            }
        }
        return md.append("\n").append(END).toString();
    }

    private static String repeated(JsonNode panel) {
        return panel.has("repeat")
                ? ", repeated for each `$" + panel.path("repeat").asText() + "`"
                : "";
    }

    private static String code(String text) {
        return "`" + text.replace("|", "\\|") + "`";
    }
}
