package dev.okr.job;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.metric.KeyResultPlan;
import dev.okr.metric.MetricPlan;
import dev.okr.okrfile.Commitment;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrSet;
import dev.okr.scoring.Grade;
import dev.okr.scoring.KeyResultScore;
import dev.okr.scoring.ObjectiveScore;
import dev.okr.scoring.ObjectiveScorer;
import dev.okr.scoring.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Rolls key result scores up into objectives and their parents at each instant key results report
 * at, once the watermark has passed it (so every key result's reading of that instant is in), and
 * again when a late event changes a key result's past score. When the watermark passes the period's
 * end plus the allowed lateness, the final grades are written once, at the period's end, and the
 * state goes.
 *
 * <p>Keyed by a single key: it sees one record per key result and instant, not events.
 */
public final class RollUpFunction
        extends KeyedProcessFunction<Integer, ScoredKeyResult, InfluxPoint> {

    private static final long serialVersionUID = 1L;

    private final MetricPlan plan;
    private final OutputPoints points;
    private final long lateness;
    private transient MapState<Long, RollUpRow> rows;
    private transient MapState<Long, Boolean> dirty;
    private transient org.apache.flink.api.common.state.ValueState<Boolean> finalized;
    private transient org.apache.flink.api.common.state.ValueState<Long> newest;

    public RollUpFunction(MetricPlan plan, OutputPoints points, Duration lateness) {
        this.plan = plan;
        this.points = points;
        this.lateness = lateness.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        rows =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "rows", Types.LONG, TypeInformation.of(RollUpRow.class)));
        dirty =
                getRuntimeContext()
                        .getMapState(new MapStateDescriptor<>("dirty", Types.LONG, Types.BOOLEAN));
        finalized =
                getRuntimeContext()
                        .getState(
                                new org.apache.flink.api.common.state.ValueStateDescriptor<>(
                                        "finalized", Types.BOOLEAN));
        newest =
                getRuntimeContext()
                        .getState(
                                new org.apache.flink.api.common.state.ValueStateDescriptor<>(
                                        "newest", Types.LONG));
    }

    /** Whether final grades are due in this run: always live, as of a late enough instant. */
    private boolean finalGradesDue() {
        return !plan.bounded() || plan.asOf() >= plan.periodEnd() + lateness;
    }

    @Override
    public void processElement(ScoredKeyResult s, Context ctx, Collector<InfluxPoint> out)
            throws Exception {
        if (finalized.value() != null) {
            // The period is closed and its grades are final: nothing may change them now.
            return;
        }
        RollUpRow row = rows.get(s.instant);
        if (row == null) {
            row = RollUpRow.empty(plan.keyResults().size());
        }
        row.scores[s.keyResult] = s.score;
        row.grades[s.keyResult] = s.grade;
        row.reported[s.keyResult] = true;
        rows.put(s.instant, row);
        dirty.put(s.instant, true);
        long watermark = ctx.timerService().currentWatermark();
        ctx.timerService().registerEventTimeTimer(Math.max(s.instant, watermark + 1));
        if (finalGradesDue()) {
            ctx.timerService().registerEventTimeTimer(plan.periodEnd() + lateness);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<InfluxPoint> out)
            throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        TreeMap<Long, RollUpRow> all = new TreeMap<>();
        for (Map.Entry<Long, RollUpRow> e : rows.entries()) {
            all.put(e.getKey(), e.getValue());
        }
        List<Long> ready = new ArrayList<>();
        for (Long instant : dirty.keys()) {
            if (instant <= watermark) {
                ready.add(instant);
            }
        }
        int n = plan.keyResults().size();
        double[] carried = new double[n];
        String[] carriedGrades = new String[n];
        boolean[] known = new boolean[n];
        int knownCount = 0;
        for (Map.Entry<Long, RollUpRow> e : all.entrySet()) {
            RollUpRow row = e.getValue();
            for (int i = 0; i < n; i++) {
                if (row.reported[i]) {
                    carried[i] = row.scores[i];
                    carriedGrades[i] = row.grades[i];
                    if (!known[i]) {
                        known[i] = true;
                        knownCount++;
                    }
                }
            }
            if (ready.contains(e.getKey())) {
                // Only an instant at which every key result's score is known is rolled up: a
                // late score for an instant older than what is kept cannot be.
                if (knownCount == n) {
                    emitObjectives(e.getKey(), carried, carriedGrades, out, false);
                }
                dirty.remove(e.getKey());
            }
        }
        if (timestamp >= plan.periodEnd() + lateness && finalGradesDue() && knownCount > 0) {
            emitFinal(all, out);
            rows.clear();
            dirty.clear();
            newest.clear();
            finalized.update(true);
            return;
        }
        prune(all, watermark);
    }

    /** Objective points as of {@code instant}; with {@code fin}, the final grades instead. */
    private void emitObjectives(
            long instant, double[] scores, String[] grades, Collector<InfluxPoint> out, boolean fin)
            throws Exception {
        Map<String, ObjectiveScore> byId = new HashMap<>();
        OkrSet okrs = plan.okrs();
        Long newestSoFar = newest.value();
        boolean latest = newestSoFar == null || instant >= newestSoFar;
        if (latest && !fin) {
            newest.update(instant);
        }
        for (Objective objective : okrs.objectives()) {
            ObjectiveScore score = score(objective, scores, grades, byId);
            if (fin) {
                if (score.score().isPresent()) {
                    out.collect(
                            points.grade(
                                    objective.team(),
                                    objective.id(),
                                    null,
                                    score.score().getAsDouble(),
                                    score.grade().wireName(),
                                    true,
                                    points.timestampNanos(instant)));
                }
            } else {
                points.objective(objective, score, instant, latest).forEach(out::collect);
            }
        }
    }

    private ObjectiveScore score(
            Objective objective,
            double[] scores,
            String[] grades,
            Map<String, ObjectiveScore> byId) {
        ObjectiveScore known = byId.get(objective.id());
        if (known != null) {
            return known;
        }
        List<ObjectiveScorer.Weighted> own = new ArrayList<>();
        for (KeyResultPlan kr : plan.keyResults()) {
            if (kr.objective().id().equals(objective.id())) {
                own.add(
                        new ObjectiveScorer.Weighted(
                                asScore(scores[kr.index()], grades[kr.index()]),
                                kr.keyResult().weight()));
            }
        }
        List<OptionalDouble> children = new ArrayList<>();
        for (Objective child : plan.okrs().children(objective.id())) {
            children.add(score(child, scores, grades, byId).score());
        }
        ObjectiveScore score =
                ObjectiveScorer.score(
                        own, children, objective.commitment() == Commitment.COMMITTED);
        byId.put(objective.id(), score);
        return score;
    }

    private static KeyResultScore asScore(double score, String grade) {
        if (Double.isNaN(score)) {
            return new KeyResultScore(
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    0,
                    Status.NO_DATA,
                    OptionalDouble.empty(),
                    false,
                    null);
        }
        return new KeyResultScore(
                OptionalDouble.of(score),
                OptionalDouble.empty(),
                OptionalDouble.of(score),
                0,
                Status.ON_TRACK,
                OptionalDouble.empty(),
                false,
                Grade.valueOf(grade.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Final grades of every key result and objective, as of the period's end. */
    private void emitFinal(TreeMap<Long, RollUpRow> all, Collector<InfluxPoint> out)
            throws Exception {
        double[] scores = null;
        String[] grades = null;
        for (Map.Entry<Long, RollUpRow> e : all.headMap(plan.periodEnd(), true).entrySet()) {
            if (scores == null) {
                scores = e.getValue().scores.clone();
                grades = e.getValue().grades.clone();
            }
            for (int i = 0; i < scores.length; i++) {
                if (e.getValue().reported[i]) {
                    scores[i] = e.getValue().scores[i];
                    grades[i] = e.getValue().grades[i];
                }
            }
        }
        if (scores == null) {
            return;
        }
        long at = points.timestampNanos(plan.periodEnd());
        for (KeyResultPlan kr : plan.keyResults()) {
            if (!Double.isNaN(scores[kr.index()])) {
                out.collect(
                        points.grade(
                                kr.objective().team(),
                                kr.objective().id(),
                                kr.id(),
                                scores[kr.index()],
                                grades[kr.index()],
                                true,
                                at));
            }
        }
        emitObjectives(plan.periodEnd(), scores, grades, out, true);
    }

    /** Drops rows no late event can change any more, keeping the newest as the carry-over base. */
    private void prune(TreeMap<Long, RollUpRow> all, long watermark) throws Exception {
        if (watermark == Long.MIN_VALUE) {
            return;
        }
        // Kept: three days beyond the lateness, more than a late event can reach back.
        long settled = watermark - lateness - 3 * 86_400_000L;
        Long newestSettled = all.floorKey(settled);
        if (newestSettled == null) {
            return;
        }
        RollUpRow base = RollUpRow.empty(plan.keyResults().size());
        for (Map.Entry<Long, RollUpRow> e : all.headMap(newestSettled, true).entrySet()) {
            for (int i = 0; i < base.scores.length; i++) {
                if (e.getValue().reported[i]) {
                    base.scores[i] = e.getValue().scores[i];
                    base.grades[i] = e.getValue().grades[i];
                    base.reported[i] = true;
                }
            }
            rows.remove(e.getKey());
        }
        rows.put(newestSettled, base);
    }
}
