package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.internal.LineProtocol;
import dev.okr.metric.MetricPlan;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.scoring.Grade;
import dev.okr.scoring.ObjectiveScore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The latest-value rows written beside each key result and objective point (docs/output.md). */
class OutputPointsTest {

    private static final String OKRS =
            """
            period: 2026-Q4
            timezone: Europe/Oslo
            objectives:
              - id: smb
                title: Lead the SMB market
                team: company
                key_results:
                  - id: customers
                    title: Win customers
                    metric: {type: count, events: [Subscription Started]}
                    baseline: 0
                    target: 100
              - id: onboarding
                title: Revitalize onboarding
                team: growth
                parent: smb
                key_results:
                  - id: signups
                    title: Grow sign-ups
                    metric: {type: count, events: [Signed Up]}
                    baseline: 100
                    target: 200
            """;

    /** 2026-11-10T00:00 in Oslo: a day end the pipeline reads at. */
    private static final Instant NOVEMBER_10 = Instant.parse("2026-11-09T23:00:00Z");

    /** The period's end, 2027-01-01T00:00 in Oslo, in nanoseconds: where the scored row sits. */
    private static final String PERIOD_END = "1798758000000000000";

    /** One millisecond before the period's end: where the row without a score sits. */
    private static final String PERIOD_END_MINUS_1MS = "1798757999999000000";

    private OkrSet okrs;
    private OutputPoints output;

    @BeforeEach
    void compile() throws Exception {
        okrs = OkrFileLoader.loadText("okrs.yaml", OKRS);
        output = new OutputPoints(MetricPlan.compile(okrs, Optional.empty()), 60_000);
    }

    private static List<String> lines(List<InfluxPoint> points, String measurement) {
        return points.stream()
                .filter(p -> p.measurement().equals(measurement))
                .map(p -> LineProtocol.encode(p).line())
                .toList();
    }

    private static ScoredKeyResult signups(double value, double score, String status) {
        ScoredKeyResult s = new ScoredKeyResult();
        s.keyResult = 1;
        s.instant = NOVEMBER_10.toEpochMilli();
        s.value = value;
        s.score = score;
        s.status = status;
        s.grade = Double.isNaN(score) ? null : "yellow";
        s.expected = 0.44;
        return s;
    }

    @Test
    void aScoredKeyResultFillsTheScoredRowAndMarksTheOtherNotCurrent() {
        List<InfluxPoint> points = output.keyResult(signups(150, 0.5, "on_track"));

        assertThat(lines(points, "okr_kr_latest"))
                .containsExactly(
                        "okr_kr_latest,kr=signups,objective=onboarding,period=2026-Q4,team=growth"
                                + " title=\"Grow sign-ups\",status=\"on_track\",score=0.5,current=true "
                                + PERIOD_END,
                        "okr_kr_latest,kr=signups,objective=onboarding,period=2026-Q4,team=growth"
                                + " current=false "
                                + PERIOD_END_MINUS_1MS);
    }

    @Test
    void aKeyResultWithoutDataFillsTheRowThatNeverHasAScore() {
        List<InfluxPoint> points = output.keyResult(signups(Double.NaN, Double.NaN, "no_data"));

        assertThat(lines(points, "okr_kr_latest"))
                .as("the scored row only loses its current flag: its old score stays, unread")
                .containsExactly(
                        "okr_kr_latest,kr=signups,objective=onboarding,period=2026-Q4,team=growth"
                                + " title=\"Grow sign-ups\",status=\"no_data\",current=true "
                                + PERIOD_END_MINUS_1MS,
                        "okr_kr_latest,kr=signups,objective=onboarding,period=2026-Q4,team=growth"
                                + " current=false "
                                + PERIOD_END);
    }

    @Test
    void theHistoryPointsStayAsTheyWere() {
        List<InfluxPoint> points = output.keyResult(signups(150, 0.5, "on_track"));

        assertThat(points).extracting(InfluxPoint::measurement).startsWith("okr_kr", "okr_grade");
        assertThat(lines(points, "okr_kr").get(0)).endsWith(" 1794265200000000000");
    }

    @Test
    void anObjectiveFillsItsRowsWithTheRollUpAndItsParentTag() {
        ObjectiveScore scored =
                new ObjectiveScore(OptionalDouble.of(0.5), 1, 1, 0, 1, 0, Grade.YELLOW);
        ObjectiveScore empty = new ObjectiveScore(OptionalDouble.empty(), 1, 0, 0, 0, 0, null);
        var onboarding = okrs.objectives().get(1);

        List<String> withScore =
                lines(
                        output.objective(onboarding, scored, NOVEMBER_10.toEpochMilli()),
                        "okr_objective_latest");
        List<String> without =
                lines(
                        output.objective(onboarding, empty, NOVEMBER_10.toEpochMilli()),
                        "okr_objective_latest");

        String series =
                "okr_objective_latest,objective=onboarding,parent=smb,period=2026-Q4,team=growth";
        assertThat(withScore)
                .containsExactly(
                        series
                                + " title=\"Revitalize onboarding\",krs=1i,krs_with_value=1i,green=0i,"
                                + "yellow=1i,red=0i,score=0.5,current=true "
                                + PERIOD_END,
                        series + " current=false " + PERIOD_END_MINUS_1MS);
        assertThat(without)
                .containsExactly(
                        series
                                + " title=\"Revitalize onboarding\",krs=1i,krs_with_value=0i,green=0i,"
                                + "yellow=0i,red=0i,current=true "
                                + PERIOD_END_MINUS_1MS,
                        series + " current=false " + PERIOD_END);
    }

    @Test
    void aRootObjectiveHasNoParentTag() {
        ObjectiveScore scored =
                new ObjectiveScore(OptionalDouble.of(0.5), 1, 1, 0, 1, 0, Grade.YELLOW);

        List<String> rows =
                lines(
                        output.objective(
                                okrs.objectives().get(0), scored, NOVEMBER_10.toEpochMilli()),
                        "okr_objective_latest");

        assertThat(rows)
                .allSatisfy(
                        r ->
                                assertThat(r)
                                        .startsWith("okr_objective_latest,objective=smb,period="));
    }
}
