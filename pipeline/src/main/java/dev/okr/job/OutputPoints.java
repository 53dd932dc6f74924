package dev.okr.job;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.job.InfluxSchema.Grade;
import dev.okr.job.InfluxSchema.KeyResult;
import dev.okr.job.InfluxSchema.Metric;
import dev.okr.job.InfluxSchema.Objective;
import dev.okr.metric.KeyResultPlan;
import dev.okr.metric.MetricPlan;
import dev.okr.metric.WindowValue;
import dev.okr.scoring.ObjectiveScore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the points of SPEC §6 through {@link InfluxSchema}: a field absent from a point means no
 * value, and every timestamp is the evaluation instant rounded up to the resolution, so that
 * writing the same instant again overwrites the same point.
 */
public final class OutputPoints implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MetricPlan plan;
    private final long resolutionMillis;

    public OutputPoints(MetricPlan plan, long resolutionMillis) {
        this.plan = plan;
        this.resolutionMillis = resolutionMillis;
    }

    /** The instant rounded up to the resolution, in nanoseconds. */
    long timestampNanos(long instantMillis) {
        long rounded =
                Math.floorDiv(instantMillis + resolutionMillis - 1, resolutionMillis)
                        * resolutionMillis;
        return rounded * 1_000_000L;
    }

    private String period() {
        return plan.okrs().period().name();
    }

    /** The {@code okr_kr} point of a scored key result, and its {@code okr_grade} when scored. */
    public List<InfluxPoint> keyResult(ScoredKeyResult s) {
        KeyResultPlan kr = plan.keyResult(s.keyResult);
        long time = timestampNanos(s.instant);
        InfluxPoint.Builder point =
                InfluxPoint.measurement(KeyResult.MEASUREMENT)
                        .tag(InfluxSchema.PERIOD, period())
                        .tag(InfluxSchema.TEAM, kr.objective().team())
                        .tag(InfluxSchema.OBJECTIVE, kr.objective().id())
                        .tag(InfluxSchema.KR, kr.id())
                        .field(InfluxSchema.TITLE, kr.keyResult().title())
                        .field(InfluxSchema.OWNER, kr.objective().owner().orElse(null))
                        .field(KeyResult.UNIT, kr.keyResult().unit().orElse(null))
                        .field(KeyResult.EXPECTED, s.expected)
                        .field(KeyResult.STATUS, s.status)
                        .field(KeyResult.SANDBAGGING, s.sandbagging)
                        .timestampNanos(time);
        number(point, InfluxSchema.VALUE, s.value);
        number(point, KeyResult.BASELINE, s.baseline);
        number(point, KeyResult.TARGET, s.target);
        number(point, KeyResult.PROGRESS, s.progress);
        number(point, InfluxSchema.SCORE, s.score);
        number(point, KeyResult.FORECAST, s.forecast);
        number(point, KeyResult.LIVE_VALUE, s.liveValue);
        List<InfluxPoint> points = new ArrayList<>(2);
        points.add(point.build());
        if (s.hasScore()) {
            points.add(
                    grade(
                            kr.objective().team(),
                            kr.objective().id(),
                            kr.id(),
                            s.score,
                            s.grade,
                            false,
                            time));
        }
        return points;
    }

    /** The {@code okr_objective} point of an objective and its {@code okr_grade} when scored. */
    public List<InfluxPoint> objective(
            dev.okr.okrfile.Objective objective, ObjectiveScore score, long instantMillis) {
        long time = timestampNanos(instantMillis);
        InfluxPoint.Builder point =
                InfluxPoint.measurement(Objective.MEASUREMENT)
                        .tag(InfluxSchema.PERIOD, period())
                        .tag(InfluxSchema.TEAM, objective.team())
                        .tag(InfluxSchema.OBJECTIVE, objective.id())
                        .tag(InfluxSchema.PARENT, objective.parent().orElse(null))
                        .field(InfluxSchema.TITLE, objective.title())
                        .field(InfluxSchema.OWNER, objective.owner().orElse(null))
                        .field(Objective.KRS, (long) score.krs())
                        .field(Objective.KRS_WITH_VALUE, (long) score.krsWithValue())
                        .field(Objective.GREEN, (long) score.green())
                        .field(Objective.YELLOW, (long) score.yellow())
                        .field(Objective.RED, (long) score.red())
                        .timestampNanos(time);
        score.score().ifPresent(v -> point.field(InfluxSchema.SCORE, v));
        List<InfluxPoint> points = new ArrayList<>(2);
        points.add(point.build());
        if (score.score().isPresent()) {
            points.add(
                    grade(
                            objective.team(),
                            objective.id(),
                            null,
                            score.score().getAsDouble(),
                            score.grade().wireName(),
                            false,
                            time));
        }
        return points;
    }

    /** An {@code okr_grade} point; {@code kr} is null on an objective's own row. */
    public InfluxPoint grade(
            String team,
            String objective,
            String kr,
            double score,
            String grade,
            boolean fin,
            long timeNanos) {
        return InfluxPoint.measurement(Grade.MEASUREMENT)
                .tag(InfluxSchema.PERIOD, period())
                .tag(InfluxSchema.TEAM, team)
                .tag(InfluxSchema.OBJECTIVE, objective)
                .tag(InfluxSchema.KR, kr)
                .field(InfluxSchema.SCORE, score)
                .field(Grade.GRADE, grade)
                .field(Grade.FINAL, fin)
                .timestampNanos(timeNanos)
                .build();
    }

    /** The {@code okr_metric} point of a window, at its start. */
    public InfluxPoint window(WindowValue w) {
        return InfluxPoint.measurement(Metric.MEASUREMENT)
                .tag(InfluxSchema.PERIOD, period())
                .tag(InfluxSchema.KR, plan.keyResult(w.keyResult).id())
                .tag(InfluxSchema.WINDOW, w.window)
                .field(InfluxSchema.VALUE, w.value)
                .timestampNanos(w.start * 1_000_000L)
                .build();
    }

    private static void number(InfluxPoint.Builder point, String field, double value) {
        if (!Double.isNaN(value)) {
            point.field(field, value);
        }
    }
}
