package dev.okr.job;

import dev.okr.health.PipelineHealth;
import dev.okr.metric.KeyResultPlan;
import dev.okr.metric.MetricPlan;
import dev.okr.metric.Reading;
import dev.okr.metric.ZonedCalendar;
import dev.okr.okrfile.Baseline;
import dev.okr.okrfile.Commitment;
import dev.okr.okrfile.Goal;
import dev.okr.scoring.Forecast;
import dev.okr.scoring.KeyResultScore;
import dev.okr.scoring.KeyResultScorer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Scores each reading of a key result (SPEC §5) with the plain functions of {@code
 * dev.okr.scoring}, keeping per key result what a score needs from earlier readings: the auto
 * baseline (the reading at the period's first instant), the daily scores of the last 14 days for
 * the forecast, and the instants at which the target was reached too early.
 */
public final class ScoringFunction extends KeyedProcessFunction<Integer, Reading, ScoredKeyResult> {

    private static final long serialVersionUID = 1L;
    private static final long DAY = 86_400_000L;

    private final MetricPlan plan;
    private transient ValueState<Double> autoBaseline;
    private transient MapState<Long, Double> dailyScores;
    private transient MapState<Long, Boolean> sandbagged;
    private transient ValueState<Long> newest;

    public ScoringFunction(MetricPlan plan) {
        this.plan = plan;
    }

    @Override
    public void open(OpenContext context) {
        autoBaseline =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("auto-baseline", Types.DOUBLE));
        dailyScores =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("daily-scores", Types.LONG, Types.DOUBLE));
        sandbagged =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("sandbagged", Types.LONG, Types.BOOLEAN));
        newest = getRuntimeContext().getState(new ValueStateDescriptor<>("newest", Types.LONG));
    }

    @Override
    public void processElement(Reading r, Context ctx, Collector<ScoredKeyResult> out)
            throws Exception {
        KeyResultPlan kr = plan.keyResult(r.keyResult);
        ScoredKeyResult scored = score(kr, r);
        ZonedCalendar cal = plan.calendar();
        boolean daily = cal.dayStart(r.instant) == r.instant;
        if (daily && scored.hasScore()) {
            dailyScores.put(r.instant, scored.score);
        } else if (daily) {
            dailyScores.remove(r.instant);
        }
        scored.forecast = forecast(kr, r.instant);
        Long newestSoFar = newest.value();
        scored.latest = newestSoFar == null || r.instant >= newestSoFar;
        if (scored.latest && !plan.bounded()) {
            // How far the board lags behind the events: a live reading is taken at the
            // watermark; a bounded run's readings are of the past and say nothing about it.
            PipelineHealth.recordFreshness(r.instant, System.currentTimeMillis());
        }
        if (scored.latest) {
            newest.update(r.instant);
        }
        out.collect(scored);
    }

    private ScoredKeyResult score(KeyResultPlan kr, Reading r) throws Exception {
        Instant at = Instant.ofEpochMilli(r.instant);
        KeyResultScorer.Span span =
                new KeyResultScorer.Span(
                        Instant.ofEpochMilli(kr.spanStartMillis()),
                        Instant.ofEpochMilli(kr.spanEndMillis()),
                        kr.keyResult().commitment() == Commitment.COMMITTED);
        OptionalDouble value = r.hasValue() ? OptionalDouble.of(r.value) : OptionalDouble.empty();
        boolean wasSandbagging = sandbaggedBefore(r.instant);
        ScoredKeyResult scored = new ScoredKeyResult();
        KeyResultScore score;
        if (kr.keyResult().goal() instanceof Goal.Maintain maintain) {
            score =
                    KeyResultScorer.maintain(
                            value,
                            value.isPresent() && maintain.isMet(value.getAsDouble()),
                            r.windowsMet,
                            r.windowsWithValue,
                            span,
                            at,
                            List.of(),
                            wasSandbagging);
        } else {
            Goal.Move move = (Goal.Move) kr.keyResult().goal();
            double baseline = baseline(move, r);
            double target = Double.isNaN(baseline) ? Double.NaN : move.targetFor(baseline);
            scored.baseline = baseline;
            scored.target = target;
            boolean scorable = !Double.isNaN(baseline) && target != baseline;
            score =
                    KeyResultScorer.towardsTarget(
                            scorable ? value : OptionalDouble.empty(),
                            scorable ? baseline : 0,
                            scorable ? target : 1,
                            span,
                            at,
                            List.of(),
                            wasSandbagging);
        }
        // Only the instants where sandbagging begins are remembered (later readings inherit it),
        // so this state holds one entry, or a few when late events re-read older instants.
        if (score.score().isPresent() && score.sandbagging() && !wasSandbagging) {
            sandbagged.put(r.instant, true);
        } else {
            sandbagged.remove(r.instant);
        }
        scored.keyResult = r.keyResult;
        scored.instant = r.instant;
        scored.value = score.value().orElse(Double.NaN);
        scored.liveValue = r.liveValue;
        scored.progress = score.progress().orElse(Double.NaN);
        scored.score = score.score().orElse(Double.NaN);
        scored.expected = score.expected();
        scored.status = score.status().wireName();
        scored.grade = score.grade() == null ? null : score.grade().wireName();
        scored.sandbagging = score.sandbagging();
        return scored;
    }

    /** A fixed baseline, or the reading at the period's first instant ({@code auto}). */
    private double baseline(Goal.Move move, Reading r) throws Exception {
        if (move.baseline() instanceof Baseline.Fixed fixed) {
            return fixed.value();
        }
        if (r.instant == plan.periodStart()) {
            autoBaseline.update(r.value);
        }
        Double auto = autoBaseline.value();
        return auto == null ? Double.NaN : auto;
    }

    private boolean sandbaggedBefore(long instant) throws Exception {
        for (Map.Entry<Long, Boolean> e : sandbagged.entries()) {
            if (e.getKey() < instant) {
                return true;
            }
        }
        return false;
    }

    /** The forecast from the daily scores of the 14 days up to {@code instant}. */
    private double forecast(KeyResultPlan kr, long instant) throws Exception {
        TreeMap<Long, Double> recent = new TreeMap<>();
        List<Long> stale = new ArrayList<>();
        for (Map.Entry<Long, Double> e : dailyScores.entries()) {
            if (e.getKey() <= instant && e.getKey() > instant - Forecast.DAYS * DAY) {
                recent.put(e.getKey(), e.getValue());
            } else if (e.getKey() <= instant - (Forecast.DAYS + 3) * DAY) {
                // Older than any forecast can use, even after a late event re-reads a day.
                stale.add(e.getKey());
            }
        }
        for (Long key : stale) {
            dailyScores.remove(key);
        }
        List<Forecast.Reading> readings = new ArrayList<>();
        recent.forEach(
                (at, score) -> readings.add(new Forecast.Reading(Instant.ofEpochMilli(at), score)));
        OptionalDouble forecast = Forecast.of(readings, Instant.ofEpochMilli(kr.spanEndMillis()));
        return forecast.orElse(Double.NaN);
    }
}
