package dev.okr.dashboards;

import static dev.okr.dashboards.PanelChecks.column;
import static dev.okr.dashboards.PanelChecks.ids;
import static dev.okr.dashboards.PanelChecks.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every panel's and variable's query of the OKR dashboards, and every alert rule's, run against a
 * store the real pipeline filled ({@link ExampleStore}), with Grafana's macros and variables
 * replaced as Grafana does. The OKR dashboards are read at the as-of instant over their default 90
 * days, for every variable value in turn; each query must return rows of the shape its panel draws
 * and the numbers the history holds ({@link PanelChecks}).
 */
@ExtendWith(LocalServersExtension.class)
class DashboardQueriesIT {

    private static final Instant FROM = ExampleStore.AS_OF.minus(Duration.ofDays(90));
    private static final Instant TO = ExampleStore.AS_OF;

    private static ExampleStore store;
    private static PanelChecks checks;

    @BeforeAll
    static void fill(TestKafka kafka, TestInflux influx) throws Exception {
        store = ExampleStore.fill(kafka, influx);
        checks = new PanelChecks(store);
        assertThat(checks.newestKeyResults())
                .as("every key result was written")
                .hasSize(store.okrs.keyResults().size());
    }

    private static GrafanaInterpolation atTheAsOfInstant() {
        return new GrafanaInterpolation(FROM, TO, Duration.ofHours(2))
                .single("period", store.okrs.period().name());
    }

    private static List<Map<String, Object>> run(PanelQuery q, GrafanaInterpolation values) {
        return store.rows(values.apply(q.query()));
    }

    @Test
    void theOverviewShowsEveryObjectiveAndKeyResultAsItsNewestReading() {
        List<String> teams = store.teams();
        GrafanaInterpolation all = atTheAsOfInstant().multi("team", teams);
        for (PanelQuery q : Provisioning.dashboard(Provisioning.OVERVIEW).queries()) {
            if (q.isVariable()) {
                assertThat(column(run(q, all), "value"))
                        .as(q.toString())
                        .isEqualTo(checks.variableValues(q.panel(), teams));
                continue;
            }
            switch (q.panel()) {
                case "Company objectives" ->
                        checks.objectiveRows(
                                run(q, all),
                                store.okrs.objectives().stream()
                                        .filter(o -> o.parent().isEmpty())
                                        .toList());
                case "Team objectives" ->
                        checks.objectiveRows(
                                run(q, all),
                                store.okrs.objectives().stream()
                                        .filter(o -> o.parent().isPresent())
                                        .toList());
                case "Key results by status" -> checks.statusCount(q, run(q, all));
                default -> {
                    assertThat(q.repeated()).as("no expectation for " + q).contains("objective");
                    for (Objective o : store.okrs.objectives()) {
                        checks.keyResultRows(
                                run(q, atTheAsOfInstant().multi("objective", List.of(o.id()))), o);
                    }
                }
            }
        }
    }

    @Test
    void theTeamBoardShowsEachObjectivesKeyResultsAndTheirTrend() {
        for (String team : store.teams()) {
            for (PanelQuery q : Provisioning.dashboard(Provisioning.TEAM).queries()) {
                GrafanaInterpolation forTeam = atTheAsOfInstant().single("team", team);
                if (q.isVariable()) {
                    assertThat(column(run(q, forTeam), "value"))
                            .as(q + " of " + team)
                            .isEqualTo(checks.variableValues(q.panel(), List.of(team)));
                    continue;
                }
                for (Objective o : store.objectivesOf(team)) {
                    checks.teamPanel(q, run(q, forTeam.multi("objective", List.of(o.id()))), o);
                }
            }
        }
    }

    @Test
    void theKeyResultBoardShowsEachKeyResultInDepth() {
        for (KeyResult kr : store.okrs.keyResults()) {
            GrafanaInterpolation one = atTheAsOfInstant().single("kr", kr.id());
            for (PanelQuery q : Provisioning.dashboard(Provisioning.KEY_RESULT).queries()) {
                List<Map<String, Object>> rows = run(q, one);
                switch (q.panelType()) {
                    case "variable" ->
                            assertThat(column(rows, "value"))
                                    .as(q.toString())
                                    .isEqualTo(checks.variableValues(q.panel(), store.teams()));
                    case "table", "stat" ->
                            assertThat(rows)
                                    .as(q + " " + kr.id())
                                    .singleElement()
                                    .satisfies(r -> checks.sameAsNewest(r, kr.id()));
                    case "timeseries" -> checks.keyResultSeries(q, rows, kr, FROM, TO);
                    default -> throw new AssertionError("no expectation for " + q);
                }
            }
        }
    }

    @Test
    void theHealthBoardShowsThePipelinesMeters() {
        GrafanaInterpolation duringTheRun =
                new GrafanaInterpolation(
                        store.runStarted.minus(Duration.ofMinutes(1)),
                        Instant.now().plus(Duration.ofMinutes(1)),
                        Duration.ofSeconds(10));
        assertThat(store.failedWrites).as("the proxy made the sink retry").isPositive();
        for (PanelQuery q : Provisioning.dashboard(Provisioning.HEALTH).queries()) {
            PanelChecks.healthPanel(q, run(q, duringTheRun));
        }
    }

    @Test
    void theAlertRulesQueriesFindWhatTheyAlertOn() {
        // At the as-of instant, as in a live run at that minute: its readings are the newest ones.
        GrafanaInterpolation tenMinutes =
                new GrafanaInterpolation(
                        TO.minus(Duration.ofMinutes(10)), TO, Duration.ofSeconds(1));
        var offTrack = AlertRules.rule(AlertRules.KEY_RESULT_OFF_TRACK);
        assertThat(column(store.rows(tenMinutes.apply(AlertRules.query(offTrack, "B"))), "kr"))
                .as("a series per key result")
                .isEqualTo(ids(store.okrs.keyResults().stream().map(KeyResult::id).toList()));
        assertThat(column(store.rows(tenMinutes.apply(AlertRules.query(offTrack, "A"))), "kr"))
                .as("the key results off track at the as-of instant")
                .isEqualTo(
                        checks.newestKeyResults().entrySet().stream()
                                .filter(e -> "off_track".equals(e.getValue().get("status")))
                                .map(Map.Entry::getKey)
                                .collect(Collectors.toSet()));

        var red = AlertRules.rule(AlertRules.OBJECTIVE_RED);
        List<Map<String, Object>> grades =
                store.rows(
                        "SELECT \"grade\" FROM \"okr_grade\" WHERE \"kr\" = '' AND time = '"
                                + TO
                                + "' GROUP BY \"objective\"");
        assertThat(column(store.rows(tenMinutes.apply(AlertRules.query(red, "B"))), "objective"))
                .isEqualTo(column(grades, "objective"));
        assertThat(column(store.rows(tenMinutes.apply(AlertRules.query(red, "A"))), "objective"))
                .as("the objectives graded red at the as-of instant")
                .isEqualTo(
                        grades.stream()
                                .filter(g -> "red".equals(g.get("grade")))
                                .map(g -> g.get("objective"))
                                .collect(Collectors.toSet()));

        GrafanaInterpolation sinceTheRun =
                new GrafanaInterpolation(store.runStarted, Instant.now(), Duration.ofSeconds(1));
        List<Map<String, Object>> written =
                store.rows(
                        sinceTheRun.apply(
                                AlertRules.query(
                                        AlertRules.rule(AlertRules.PIPELINE_STOPPED), "A")));
        assertThat(sum(written, "sum"))
                .as("points the sink wrote during the run: the alert stays quiet")
                .isPositive();
    }
}
