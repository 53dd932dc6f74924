package dev.okr.job;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.job.InfluxSchema.Grade;
import dev.okr.job.InfluxSchema.KeyResult;
import dev.okr.job.InfluxSchema.KeyResultLatest;
import dev.okr.job.InfluxSchema.Metric;
import dev.okr.job.InfluxSchema.Objective;
import dev.okr.job.InfluxSchema.ObjectiveLatest;
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
 *
 * <p>Beside each {@code okr_kr} and {@code okr_objective} point it writes the latest-value rows of
 * docs/output.md ({@code okr_kr_latest}, {@code okr_objective_latest}): two rows per key result or
 * objective at fixed instants, one that only ever holds a score and one that never does, and a
 * {@code current} flag on both saying which holds the newest reading. InfluxDB keeps a field that a
 * rewrite of the same point leaves out, so a single row could never lose a score when the key
 * result goes back to no data; with two rows, no rewrite ever needs to.
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

    /**
     * The timestamp of a latest-value row: the period's end for the row with a score, one
     * millisecond before it for the row without. Fixed, so that every reading overwrites them; at
     * the period's end, so that a retention policy that keeps the period keeps them.
     */
    long latestRowNanos(boolean scored) {
        long end = plan.periodEnd() * 1_000_000L;
        return scored ? end : end - 1_000_000L;
    }

    /**
     * The {@code okr_kr} point of a scored key result, its {@code okr_grade} when scored, and its
     * two {@code okr_kr_latest} rows.
     */
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
        List<InfluxPoint> points = new ArrayList<>(4);
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
        if (s.latest) {
            // A late re-reading of an older instant must not replace the newest values.
            addLatest(points, kr, s);
        }
        return points;
    }

    /** The current row, with the reading, and the other row, marked not current. */
    private void addLatest(List<InfluxPoint> points, KeyResultPlan kr, ScoredKeyResult s) {
        boolean scored = s.hasScore();
        InfluxPoint.Builder current =
                keyResultLatest(kr, scored)
                        .field(InfluxSchema.TITLE, kr.keyResult().title())
                        .field(KeyResult.STATUS, s.status);
        if (scored) {
            current.field(InfluxSchema.SCORE, s.score);
        }
        points.add(current.field(InfluxSchema.CURRENT, true).build());
        points.add(keyResultLatest(kr, !scored).field(InfluxSchema.CURRENT, false).build());
    }

    private InfluxPoint.Builder keyResultLatest(KeyResultPlan kr, boolean scored) {
        return InfluxPoint.measurement(KeyResultLatest.MEASUREMENT)
                .tag(InfluxSchema.PERIOD, period())
                .tag(InfluxSchema.TEAM, kr.objective().team())
                .tag(InfluxSchema.OBJECTIVE, kr.objective().id())
                .tag(InfluxSchema.KR, kr.id())
                .timestampNanos(latestRowNanos(scored));
    }

    /**
     * The {@code okr_objective} point of an objective, its {@code okr_grade} when scored, and its
     * two {@code okr_objective_latest} rows.
     */
    public List<InfluxPoint> objective(
            dev.okr.okrfile.Objective objective, ObjectiveScore score, long instantMillis) {
        return objective(objective, score, instantMillis, true);
    }

    /**
     * As {@link #objective(dev.okr.okrfile.Objective, ObjectiveScore, long)}; the latest-value rows
     * only when {@code latest}: not for a late re-reading of an older instant.
     */
    public List<InfluxPoint> objective(
            dev.okr.okrfile.Objective objective,
            ObjectiveScore score,
            long instantMillis,
            boolean latest) {
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
        List<InfluxPoint> points = new ArrayList<>(4);
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
        if (latest) {
            addLatest(points, objective, score);
        }
        return points;
    }

    /** The current row, with the roll-up, and the other row, marked not current. */
    private void addLatest(
            List<InfluxPoint> points, dev.okr.okrfile.Objective objective, ObjectiveScore score) {
        boolean scored = score.score().isPresent();
        InfluxPoint.Builder current =
                objectiveLatest(objective, scored)
                        .field(InfluxSchema.TITLE, objective.title())
                        .field(Objective.KRS, (long) score.krs())
                        .field(Objective.KRS_WITH_VALUE, (long) score.krsWithValue())
                        .field(Objective.GREEN, (long) score.green())
                        .field(Objective.YELLOW, (long) score.yellow())
                        .field(Objective.RED, (long) score.red());
        score.score().ifPresent(v -> current.field(InfluxSchema.SCORE, v));
        points.add(current.field(InfluxSchema.CURRENT, true).build());
        points.add(objectiveLatest(objective, !scored).field(InfluxSchema.CURRENT, false).build());
    }

    private InfluxPoint.Builder objectiveLatest(
            dev.okr.okrfile.Objective objective, boolean scored) {
        return InfluxPoint.measurement(ObjectiveLatest.MEASUREMENT)
                .tag(InfluxSchema.PERIOD, period())
                .tag(InfluxSchema.TEAM, objective.team())
                .tag(InfluxSchema.OBJECTIVE, objective.id())
                .tag(InfluxSchema.PARENT, objective.parent().orElse(null))
                .timestampNanos(latestRowNanos(scored));
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
