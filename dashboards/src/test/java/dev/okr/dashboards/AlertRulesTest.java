package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The alert rules: well formed, on the provisioned datasource, notifying the OKR contact point. */
class AlertRulesTest {

    private static final Pattern EXPRESSION_REF = Pattern.compile("\\$(\\w+)");

    @Test
    void theThreeRulesAreThere() {
        assertThat(AlertRules.rules())
                .extracting(r -> r.path("uid").asText())
                .containsExactlyInAnyOrder(
                        AlertRules.KEY_RESULT_OFF_TRACK,
                        AlertRules.OBJECTIVE_RED,
                        AlertRules.PIPELINE_STOPPED);
        assertThat(AlertRules.file().path("groups").get(0).path("folder").asText())
                .isEqualTo("OKR");
    }

    @Test
    void anOffTrackKeyResultAlertsOnceEveryReadingOfAnHourWasOffTrack() {
        JsonNode rule = AlertRules.rule(AlertRules.KEY_RESULT_OFF_TRACK);
        long window =
                AlertRules.item(rule, "A")
                        .orElseThrow()
                        .path("relativeTimeRange")
                        .path("from")
                        .asLong();
        long pending =
                java.time.Duration.parse("PT" + rule.path("for").asText().toUpperCase())
                        .toSeconds();
        assertThat(window + pending)
                .as("readings window plus pending time, in seconds")
                .isEqualTo(3600);
        assertThat(AlertRules.query(rule, "A")).contains("\"status\" = 'off_track'");
        assertThat(rule.path("noDataState").asText())
                .as("nothing off track is no alert")
                .isEqualTo("OK");
    }

    @Test
    void aRedObjectiveAlertsOnItsObjectiveGradesOnly() {
        JsonNode rule = AlertRules.rule(AlertRules.OBJECTIVE_RED);
        assertThat(AlertRules.query(rule, "A"))
                .contains("FROM \"okr_grade\"", "\"kr\" = ''", "\"grade\" = 'red'");
        assertThat(AlertRules.query(rule, "B")).contains("\"kr\" = ''");
    }

    @Test
    void aPipelineThatWritesNothingForTenMinutesAlertsAndSoDoesOneThatPublishesNothing() {
        JsonNode rule = AlertRules.rule(AlertRules.PIPELINE_STOPPED);
        assertThat(
                        AlertRules.item(rule, "A")
                                .orElseThrow()
                                .path("relativeTimeRange")
                                .path("from")
                                .asLong())
                .isEqualTo(600);
        assertThat(AlertRules.query(rule, "A")).contains("okr_pipeline_sink_points_written");
        assertThat(rule.path("noDataState").asText()).isEqualTo("Alerting");
    }

    @Test
    void everyRuleIsWellFormed() {
        for (JsonNode rule : AlertRules.rules()) {
            String uid = rule.path("uid").asText();
            Set<String> refIds = new HashSet<>();
            rule.path("data")
                    .forEach(
                            d ->
                                    assertThat(refIds.add(d.path("refId").asText()))
                                            .as(uid + " refIds unique")
                                            .isTrue());
            assertThat(refIds).as(uid + " condition").contains(rule.path("condition").asText());
            for (JsonNode d : rule.path("data")) {
                JsonNode model = d.path("model");
                assertThat(model.path("refId").asText())
                        .as(uid)
                        .isEqualTo(d.path("refId").asText());
                if (d.path("datasourceUid").asText().equals("__expr__")) {
                    assertThat(refIds)
                            .as(uid + " " + d.path("refId").asText() + " reads")
                            .containsAll(expressionInputs(model));
                } else {
                    assertThat(d.path("datasourceUid").asText())
                            .as(uid)
                            .isEqualTo(Provisioning.DATASOURCE_UID);
                    assertThat(model.path("rawQuery").asBoolean()).as(uid).isTrue();
                    assertThat(InfluxNames.unknownNames(model.path("query").asText()))
                            .as(uid)
                            .isEmpty();
                }
            }
            assertThat(AlertRules.influxQueries(rule)).as(uid).isNotEmpty();
            assertThat(rule.path("annotations").path("summary").asText()).as(uid).isNotBlank();
        }
    }

    private static List<String> expressionInputs(JsonNode model) {
        String expression = model.path("expression").asText();
        if (!model.path("type").asText().equals("math")) {
            return List.of(expression);
        }
        Matcher m = EXPRESSION_REF.matcher(expression);
        List<String> inputs = new java.util.ArrayList<>();
        while (m.find()) {
            inputs.add(m.group(1));
        }
        return inputs;
    }

    @Test
    void everyRuleNotifiesTheOkrContactPointWhoseAddressComesFromTheEnvironment() {
        JsonNode contact = AlertRules.file().path("contactPoints").get(0);
        assertThat(contact.path("receivers").get(0).path("settings").path("addresses").asText())
                .isEqualTo("$OKR_ALERT_EMAILS");
        for (JsonNode rule : AlertRules.rules()) {
            assertThat(rule.path("notification_settings").path("receiver").asText())
                    .as(rule.path("uid").asText())
                    .isEqualTo(contact.path("name").asText());
        }
        assertThat(AlertRules.file().has("policies"))
                .as("the notification policy tree of an existing Grafana is left alone")
                .isFalse();
    }
}
