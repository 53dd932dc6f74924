package dev.okr.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The alert rules of {@code provisioning/alerting/okr-alerts.yaml}, as the tests read them. */
final class AlertRules {

    static final String KEY_RESULT_OFF_TRACK = "okr-kr-off-track";
    static final String OBJECTIVE_RED = "okr-objective-red";
    static final String PIPELINE_STOPPED = "okr-pipeline-stopped";

    private AlertRules() {}

    static JsonNode file() {
        return Provisioning.yaml(Provisioning.ALERTING);
    }

    static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        file().path("groups").forEach(g -> g.path("rules").forEach(rules::add));
        return rules;
    }

    static JsonNode rule(String uid) {
        return rules().stream()
                .filter(r -> r.path("uid").asText().equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert rule " + uid));
    }

    /** The InfluxQL query of a rule's data item {@code refId}. */
    static String query(JsonNode rule, String refId) {
        return item(rule, refId)
                .map(d -> d.path("model").path("query").asText())
                .orElseThrow(() -> new AssertionError("no query " + refId));
    }

    static Optional<JsonNode> item(JsonNode rule, String refId) {
        for (JsonNode d : rule.path("data")) {
            if (d.path("refId").asText().equals(refId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The data items that query InfluxDB (the others are Grafana expressions). */
    static List<JsonNode> influxQueries(JsonNode rule) {
        List<JsonNode> queries = new ArrayList<>();
        rule.path("data")
                .forEach(
                        d -> {
                            if (!d.path("datasourceUid").asText().equals("__expr__")) {
                                queries.add(d);
                            }
                        });
        return queries;
    }
}
