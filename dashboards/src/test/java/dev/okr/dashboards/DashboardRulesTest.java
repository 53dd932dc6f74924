package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each rule of {@link DashboardRules} finds what it is there to find. */
class DashboardRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DS = "{\"type\":\"influxdb\",\"uid\":\"okr-influxdb\"}";
    private static final String QUERY =
            "SELECT \\\"score\\\" FROM \\\"okr_kr_latest\\\" WHERE \\\"period\\\" = '$period'";

    /** A dashboard with one variable {@code period} and these panels. */
    private static Dashboard dashboard(String... panels) throws Exception {
        String json =
                """
                {"uid": "test", "title": "Test", "schemaVersion": 42,
                 "templating": {"list": [{"type": "query", "name": "period", "datasource": %s,
                   "query": "SHOW TAG VALUES FROM \\"okr_kr_latest\\" WITH KEY = \\"period\\""}]},
                 "panels": [%s]}
                """
                        .formatted(DS, String.join(",", panels));
        JsonNode node = JSON.readTree(json);
        return new Dashboard(Path.of("test.json"), node);
    }

    private static String panel(int id, String grid, String query, String extra) {
        return """
                {"id": %d, "type": "stat", "title": "p%d", "datasource": %s, "gridPos": %s,
                 "targets": [{"refId": "A", "datasource": %s, "rawQuery": true, "query": "%s"}]%s}
                """
                .formatted(id, id, DS, grid, DS, query, extra);
    }

    private static final String GRID_A = "{\"x\":0,\"y\":0,\"w\":12,\"h\":4}";
    private static final String GRID_B = "{\"x\":12,\"y\":0,\"w\":12,\"h\":4}";

    @Test
    void aGoodDashboardHasNoProblem() throws Exception {
        assertThat(
                        DashboardRules.check(
                                dashboard(
                                        panel(1, GRID_A, QUERY, ""), panel(2, GRID_B, QUERY, ""))))
                .isEmpty();
    }

    @Test
    void findsAPanelIdUsedTwice() throws Exception {
        assertThat(
                        DashboardRules.uniquePanelIds(
                                dashboard(
                                        panel(1, GRID_A, QUERY, ""), panel(1, GRID_B, QUERY, ""))))
                .singleElement()
                .asString()
                .contains("used twice");
    }

    @Test
    void findsOverlappingPanelsAndOnesOutsideTheGrid() throws Exception {
        String overlapping = "{\"x\":6,\"y\":2,\"w\":12,\"h\":4}";
        String tooWide = "{\"x\":20,\"y\":9,\"w\":6,\"h\":4}";
        assertThat(
                        DashboardRules.gridPositions(
                                dashboard(
                                        panel(1, GRID_A, QUERY, ""),
                                        panel(2, overlapping, QUERY, ""),
                                        panel(3, tooWide, QUERY, ""))))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("overlap"))
                .anySatisfy(p -> assertThat(p).contains("no valid gridPos"));
    }

    @Test
    void findsAPanelOnAnotherDatasource() throws Exception {
        String other = panel(1, GRID_A, QUERY, "").replaceFirst("okr-influxdb", "prometheus");
        assertThat(DashboardRules.datasources(dashboard(other)))
                .singleElement()
                .asString()
                .contains("not the provisioned");
    }

    @Test
    void findsAPanelWithoutAQuery() throws Exception {
        assertThat(DashboardRules.everyPanelHasAQuery(dashboard(panel(1, GRID_A, "", ""))))
                .singleElement()
                .asString()
                .contains("not a raw InfluxQL query");
    }

    @Test
    void findsAnUndefinedVariableAndARepeatOverASingleValue() throws Exception {
        String undefined = QUERY + " AND \\\"team\\\" =~ /^$team$/";
        assertThat(
                        DashboardRules.variablesDefined(
                                dashboard(panel(1, GRID_A, undefined, ", \"repeat\": \"period\""))))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("$team is not defined"))
                .anySatisfy(p -> assertThat(p).contains("not a multi-valued variable"));
    }

    @Test
    void findsThresholdsThatDoNotStartAtNullOrDoNotAscend() throws Exception {
        String firstNotNull =
                ", \"fieldConfig\": {\"defaults\": {\"thresholds\": {\"steps\": [{\"color\":\"red\",\"value\":0}]}}}";
        String descending =
                ", \"fieldConfig\": {\"defaults\": {\"thresholds\": {\"steps\": [{\"color\":\"red\",\"value\":null},{\"color\":\"green\",\"value\":0.7},{\"color\":\"yellow\",\"value\":0.4}]}}}";
        assertThat(
                        DashboardRules.thresholds(
                                dashboard(
                                        panel(1, GRID_A, QUERY, firstNotNull),
                                        panel(2, GRID_B, QUERY, descending))))
                .hasSize(2);
    }

    @Test
    void findsANameTheSchemaDoesNotHave() throws Exception {
        String typo = "SELECT \\\"scores\\\" FROM \\\"okr_kr\\\" WHERE \\\"period\\\" = '$period'";
        String unknownMeasurement = "SELECT \\\"score\\\" FROM \\\"okr_kr_now\\\"";
        assertThat(
                        DashboardRules.schemaNames(
                                dashboard(
                                        panel(1, GRID_A, typo, ""),
                                        panel(2, GRID_B, unknownMeasurement, ""))))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("okr_kr.scores"))
                .anySatisfy(p -> assertThat(p).contains("measurement okr_kr_now"));
    }

    @Test
    void anAliasIsNotTakenForAField() {
        assertThat(
                        InfluxNames.unknownNames(
                                "SELECT last(\"score\") AS \"expected pace\" FROM \"okr_kr\""))
                .isEmpty();
    }
}
