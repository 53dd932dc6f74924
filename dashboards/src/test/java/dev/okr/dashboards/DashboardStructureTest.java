package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.scoring.Status;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every provisioned dashboard follows {@link DashboardRules}, and each keeps its promises. */
class DashboardStructureTest {

    private static final List<Dashboard> DASHBOARDS = Provisioning.dashboards();

    @Test
    void theFourDashboardsAreProvisionedWithUniqueUids() {
        assertThat(DASHBOARDS)
                .extracting(Dashboard::uid)
                .containsExactlyInAnyOrder(
                        Provisioning.OVERVIEW,
                        Provisioning.TEAM,
                        Provisioning.KEY_RESULT,
                        Provisioning.HEALTH);
        assertThat(DASHBOARDS)
                .allSatisfy(
                        d ->
                                assertThat(d.file().getFileName().toString())
                                        .as("each file is named after its dashboard's uid")
                                        .isEqualTo(d.uid() + ".json"));
    }

    @Test
    void everyDashboardFollowsEveryRule() {
        for (Dashboard d : DASHBOARDS) {
            assertThat(DashboardRules.check(d)).as(d.title()).isEmpty();
        }
    }

    @Test
    void everyStatusThePipelineWritesHasAColourAndAText() {
        Set<String> statuses = new HashSet<>();
        Arrays.stream(Status.values()).forEach(s -> statuses.add(s.wireName()));
        for (Dashboard d : DASHBOARDS) {
            for (JsonNode panel : d.dataPanels()) {
                for (JsonNode mapping : mappingsOf(panel)) {
                    if (mapping.path("options").has("on_track")) {
                        assertThat(mapping.path("options").properties())
                                .as(
                                        "status mappings of %s / %s",
                                        d.title(), panel.path("title").asText())
                                .extracting(e -> e.getKey())
                                .containsExactlyInAnyOrderElementsOf(statuses);
                        mapping.path("options")
                                .forEach(o -> assertThat(o.path("color").asText()).isNotBlank());
                    }
                }
            }
        }
    }

    private static List<JsonNode> mappingsOf(JsonNode panel) {
        List<JsonNode> mappings = new java.util.ArrayList<>();
        panel.path("fieldConfig").path("defaults").path("mappings").forEach(mappings::add);
        for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
            for (JsonNode property : override.path("properties")) {
                if (property.path("id").asText().equals("mappings")) {
                    property.path("value").forEach(mappings::add);
                }
            }
        }
        return mappings;
    }

    @Test
    void scoresAreRedBelowPointFourYellowBelowPointSevenGreenAbove() {
        for (Dashboard d : DASHBOARDS) {
            for (JsonNode panel : d.dataPanels()) {
                JsonNode defaults = panel.path("fieldConfig").path("defaults");
                if (defaults.path("max").asDouble(0) == 1 && defaults.has("thresholds")) {
                    assertThat(defaults.path("thresholds").path("steps").toString())
                            .as("%s / %s", d.title(), panel.path("title").asText())
                            .isEqualTo(
                                    "[{\"color\":\"red\",\"value\":null},{\"color\":\"yellow\",\"value\":0.4},{\"color\":\"green\",\"value\":0.7}]");
                }
            }
        }
    }

    @Test
    void dashboardsAreReadOnlyAndLinkedToEachOther() {
        for (Dashboard d : DASHBOARDS) {
            assertThat(d.json().path("editable").asBoolean(true)).as(d.title()).isFalse();
            assertThat(d.json().path("tags").toString()).as(d.title()).contains("\"okr\"");
            assertThat(d.json().path("links").toString()).as(d.title()).contains("\"okr\"");
        }
    }
}
