package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.job.InfluxSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each dashboard promises its viewers (issue: Dashboards), checked on its JSON. */
class DashboardPromisesTest {

    /** Grafana's grid: each row unit is 30 px high, with 8 px between units. */
    private static final int CELL_PX = 30;

    private static final int MARGIN_PX = 8;

    /** A 1080p screen in kiosk mode, less Grafana's page padding above and below. */
    private static final int SCREEN_PX = 1080 - 2 * 16;

    private static final int PANEL_HEADER_PX = 32;

    private static int pixels(int units) {
        return units * CELL_PX + (units - 1) * MARGIN_PX;
    }

    @Test
    void theOverviewShowsFiveObjectivesOfFourKeyResultsOnA1080pScreenWithoutScrolling() {
        assertThat(pixels(overviewHeight(5)))
                .as("board height in pixels")
                .isLessThanOrEqualTo(SCREEN_PX);
        assertThat(pixels(overviewHeight(10)))
                .as("with 10 objectives")
                .isLessThanOrEqualTo(SCREEN_PX);
        JsonNode keyResults = repeatedPanel();
        assertThat(keyResults.path("maxPerRow").asInt()).as("objectives side by side").isEqualTo(5);
        int barPx = (pixels(keyResults.path("gridPos").path("h").asInt()) - PANEL_HEADER_PX) / 4;
        assertThat(barPx)
                .as("pixels per key result bar, readable across a room")
                .isGreaterThanOrEqualTo(60);
        assertThat(DashboardRules.GRID_COLUMNS * 80 / 5)
                .as("a key result panel is a fifth of 1920 pixels wide")
                .isGreaterThanOrEqualTo(380);
    }

    private static JsonNode repeatedPanel() {
        return Provisioning.dashboard(Provisioning.OVERVIEW).panels().stream()
                .filter(p -> p.has("repeat"))
                .findFirst()
                .orElseThrow();
    }

    /** Grid units from the top to the bottom of the board with {@code objectives} repeats. */
    private static int overviewHeight(int objectives) {
        int bottom = 0;
        for (JsonNode panel : Provisioning.dashboard(Provisioning.OVERVIEW).panels()) {
            JsonNode g = panel.path("gridPos");
            int perRow = panel.path("maxPerRow").asInt(1);
            int rows = panel.has("repeat") ? (objectives + perRow - 1) / perRow : 1;
            bottom = Math.max(bottom, g.path("y").asInt() + rows * g.path("h").asInt());
        }
        return bottom;
    }

    @Test
    void theOverviewRefreshesEvery30SecondsWithPeriodAndTeamVariables() {
        Dashboard overview = Provisioning.dashboard(Provisioning.OVERVIEW);
        assertThat(overview.json().path("refresh").asText()).isEqualTo("30s");
        JsonNode period = overview.variable("period").orElseThrow();
        JsonNode team = overview.variable("team").orElseThrow();
        assertThat(period.path("multi").asBoolean()).as("one period at a time").isFalse();
        assertThat(team.path("multi").asBoolean() && team.path("includeAll").asBoolean()).isTrue();
        assertThat(overview.dataPanels())
                .filteredOn(p -> p.path("type").asText().equals("gauge"))
                .singleElement()
                .satisfies(
                        gauge -> {
                            assertThat(
                                            gauge.path("fieldConfig")
                                                    .path("defaults")
                                                    .path("min")
                                                    .asInt())
                                    .isZero();
                            assertThat(
                                            gauge.path("fieldConfig")
                                                    .path("defaults")
                                                    .path("max")
                                                    .asInt())
                                    .isEqualTo(1);
                        });
    }

    @Test
    void theOverviewReadsOnlyTheLatestValuesSoItsSpeedDoesNotDependOnTheHistory() {
        for (PanelQuery q : Provisioning.dashboard(Provisioning.OVERVIEW).queries()) {
            assertThat(q.query())
                    .as(q.toString())
                    .containsAnyOf(
                            "FROM \"" + InfluxSchema.KeyResultLatest.MEASUREMENT + "\"",
                            "FROM \"" + InfluxSchema.ObjectiveLatest.MEASUREMENT + "\"")
                    .doesNotContain("$timeFilter");
            if (!q.isVariable()) {
                assertThat(q.query())
                        .as(q + " reads the current rows only")
                        .contains("\"current\" = true");
            }
        }
    }

    @Test
    void theTeamBoardRepeatsARowPerObjectiveWithEveryKeyResultColumn() {
        Dashboard team = Provisioning.dashboard(Provisioning.TEAM);
        JsonNode row = team.panels().get(0);
        assertThat(row.path("type").asText()).isEqualTo("row");
        assertThat(row.path("repeat").asText()).isEqualTo("objective");
        PanelQuery table = queryOf(team, "table");
        assertThat(table.query())
                .contains(
                        "\"value\"",
                        "\"unit\"",
                        "\"baseline\"",
                        "\"target\"",
                        "\"progress\"",
                        "\"expected\"",
                        "\"status\"",
                        "\"forecast\"")
                .as("the newest point of each key result, nulls included")
                .contains("GROUP BY \"kr\" ORDER BY time DESC LIMIT 1");
        assertThat(queryOf(team, "timeseries").query())
                .contains("last(\"score\")", "GROUP BY time($__interval)");
    }

    @Test
    void theKeyResultBoardShowsBaselineTargetPaceWindowsForecastAndSandbagging() {
        String all =
                Provisioning.dashboard(Provisioning.KEY_RESULT).queries().stream()
                        .map(PanelQuery::query)
                        .reduce("", String::concat);
        assertThat(all)
                .contains(
                        "last(\"baseline\")",
                        "last(\"target\")",
                        "last(\"expected\")",
                        "FROM \"okr_metric\"",
                        "GROUP BY \"window\"",
                        "\"forecast\"",
                        "\"sandbagging\"");
    }

    @Test
    void theHealthBoardReadsThePipelinesOwnMeters() {
        List<PanelQuery> queries = Provisioning.dashboard(Provisioning.HEALTH).queries();
        for (PanelQuery q : queries) {
            assertThat(q.query())
                    .as(q.toString())
                    .contains("FROM \"" + InfluxSchema.PIPELINE_PREFIX);
        }
        String all = queries.stream().map(PanelQuery::query).reduce("", String::concat);
        assertThat(all)
                .contains(
                        InfluxSchema.Health.EVENTS_IN,
                        InfluxSchema.Health.EVENTS_REJECTED
                                + "\" WHERE $timeFilter GROUP BY time($__interval), \"reason\"",
                        InfluxSchema.Health.EVENTS_DUPLICATES,
                        InfluxSchema.Health.FRESHNESS,
                        InfluxSchema.Health.WATERMARK_LAG,
                        InfluxSchema.Health.SINK_RETRIES,
                        InfluxSchema.Health.SINK_LINES_REJECTED);
    }

    private static PanelQuery queryOf(Dashboard d, String panelType) {
        return d.queries().stream()
                .filter(q -> q.panelType().equals(panelType))
                .findFirst()
                .orElseThrow();
    }
}
