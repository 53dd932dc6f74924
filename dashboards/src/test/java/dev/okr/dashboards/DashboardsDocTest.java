package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/dashboards.md shows every panel with its query exactly as the dashboard files have them.
 * When a dashboard changes, run this test with {@code -Dokr.docs.write=true} to rewrite the table.
 */
class DashboardsDocTest {

    private static final Path DOC = Path.of("..", "docs", "dashboards.md");

    @Test
    void theDocsPanelTableIsTheOneTheDashboardFilesGive() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(PanelTable.START);
        int end = doc.indexOf(PanelTable.END);
        assertThat(start).as("the table's start marker in %s", DOC).isNotNegative();
        assertThat(end).as("the table's end marker in %s", DOC).isGreaterThan(start);
        String table = PanelTable.markdown(Provisioning.dashboards());
        String written = doc.substring(start, end + PanelTable.END.length());
        if (!written.equals(table) && Boolean.getBoolean("okr.docs.write")) {
            Files.writeString(
                    DOC,
                    doc.substring(0, start) + table + doc.substring(end + PanelTable.END.length()),
                    StandardCharsets.UTF_8);
            written = table;
        }
        assertThat(written)
                .as(
                        "docs/dashboards.md's panel table; run this test with -Dokr.docs.write=true to rewrite it")
                .isEqualTo(table);
    }

    @Test
    void theDocNamesEveryDashboardAndAlertRule() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Provisioning.dashboards().forEach(d -> assertThat(doc).contains("/d/" + d.uid()));
        AlertRules.rules().forEach(r -> assertThat(doc).contains(r.path("title").asText()));
    }
}
