package dev.okr.job;

import dev.okr.metric.WindowGrid;
import dev.okr.metric.ZonedCalendar;
import dev.okr.metric.reference.KrReading;
import dev.okr.metric.reference.ReadingSet;
import dev.okr.metric.reference.ReferenceMetricEngine;
import dev.okr.metric.reference.WindowReading;
import dev.okr.okrfile.Baseline;
import dev.okr.okrfile.Commitment;
import dev.okr.okrfile.Goal;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.Window;
import dev.okr.scoring.Forecast;
import dev.okr.scoring.KeyResultScore;
import dev.okr.scoring.KeyResultScorer;
import dev.okr.scoring.ObjectiveScore;
import dev.okr.scoring.ObjectiveScorer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The expected scores of a bounded run, the plain way: the reference implementation's readings of
 * every instant, scored one after the other with the scoring functions (SPEC §5), as a person would
 * with a spreadsheet. The oracle of the end-to-end scoring test.
 */
final class ReferenceScores {

    /** A key result's expected last point. */
    record Expected(KeyResultScore score, double baseline, double target, Instant at) {}

    private final OkrSet okrs;
    private final ReferenceMetricEngine reference;
    private final ReadingSet readingSet;
    private final ZonedCalendar calendar;

    ReferenceScores(OkrSet okrs, ReferenceMetricEngine reference) {
        this.okrs = okrs;
        this.reference = reference;
        this.readingSet = reference.readings();
        this.calendar = new ZonedCalendar(okrs.zone());
    }

    /** The last point of every key result, by id. */
    Map<String, Expected> keyResults() {
        Map<String, Expected> expected = new HashMap<>();
        for (KeyResult kr : okrs.keyResults()) {
            expected.put(kr.id(), last(kr));
        }
        return expected;
    }

    private Expected last(KeyResult kr) {
        List<KrReading> readings =
                readingSet.readings().stream()
                        .filter(r -> r.kr().equals(kr.id()))
                        .sorted(Comparator.comparing(KrReading::at))
                        .toList();
        Span span = okrs.spanOf(kr);
        KeyResultScorer.Span scoring =
                new KeyResultScorer.Span(
                        span.start(), span.end(), kr.commitment() == Commitment.COMMITTED);
        List<Forecast.Reading> daily = new ArrayList<>();
        boolean sandbagged = false;
        Expected last = null;
        for (KrReading r : readings) {
            double baseline = Double.NaN;
            double target = Double.NaN;
            KeyResultScore score;
            if (kr.goal() instanceof Goal.Maintain maintain) {
                long[] band = band(kr, maintain, r.at(), span);
                score =
                        KeyResultScorer.maintain(
                                r.value(),
                                r.value().isPresent() && maintain.isMet(r.value().getAsDouble()),
                                band[0],
                                band[1],
                                scoring,
                                r.at(),
                                List.of(),
                                sandbagged);
            } else {
                Goal.Move move = (Goal.Move) kr.goal();
                OptionalDouble b =
                        move.baseline() instanceof Baseline.Fixed f
                                ? OptionalDouble.of(f.value())
                                : reference.autoBaseline(kr.id());
                boolean scorable =
                        b.isPresent() && move.targetFor(b.getAsDouble()) != b.getAsDouble();
                if (b.isPresent()) {
                    baseline = b.getAsDouble();
                    target = move.targetFor(baseline);
                }
                score =
                        KeyResultScorer.towardsTarget(
                                scorable ? r.value() : OptionalDouble.empty(),
                                scorable ? baseline : 0,
                                scorable ? target : 1,
                                scoring,
                                r.at(),
                                List.of(),
                                sandbagged);
            }
            sandbagged = score.sandbagging();
            if (calendar.dayStart(r.at().toEpochMilli()) == r.at().toEpochMilli()
                    && score.score().isPresent()) {
                daily.add(new Forecast.Reading(r.at(), score.score().getAsDouble()));
            }
            Instant at = r.at();
            List<Forecast.Reading> recent =
                    daily.stream()
                            .filter(d -> !d.at().isAfter(at))
                            .filter(d -> d.at().isAfter(at.minus(Duration.ofDays(Forecast.DAYS))))
                            .toList();
            KeyResultScore withForecast =
                    new KeyResultScore(
                            score.value(),
                            score.progress(),
                            score.score(),
                            score.expected(),
                            score.status(),
                            Forecast.of(recent, span.end()),
                            score.sandbagging(),
                            score.grade());
            last = new Expected(withForecast, baseline, target, r.at());
        }
        return last;
    }

    /** Time in band: {complete windows since the start that met the threshold, with a value}. */
    private long[] band(KeyResult kr, Goal.Maintain maintain, Instant at, Span span) {
        long until = Math.min(at.toEpochMilli(), span.end().toEpochMilli());
        long start = span.start().toEpochMilli();
        List<Double> values = new ArrayList<>();
        Window w = kr.metric().window();
        if (kr.metric() instanceof RetentionMetric || kr.metric() instanceof ConversionMetric) {
            // Time in band over cohort days: each cohort day of the span mature at the reading,
            // with its value then (an on_or_after cohort keeps gaining returns).
            for (WindowReading window : reference.windowsAt(kr, Instant.ofEpochMilli(until))) {
                if (window.window().equals("cohort_day")
                        && window.start().toEpochMilli() >= start) {
                    values.add(window.value());
                }
            }
        } else if (w == Window.HOUR || w == Window.DAY || w == Window.WEEK || w == Window.MONTH) {
            WindowGrid grid = new WindowGrid(w, calendar, start, span.end().toEpochMilli());
            for (WindowReading window : readingSet.windows()) {
                long s = window.start().toEpochMilli();
                if (window.kr().equals(kr.id())
                        && window.window().equals(w.yamlName())
                        && s >= start
                        && grid.windowEnd(s) <= until) {
                    values.add(window.value());
                }
            }
        } else {
            // The daily readings the reference already took (recomputing them is slow).
            for (long e = calendar.dayEnd(start); e <= until; e = calendar.dayEnd(e)) {
                readingSet
                        .reading(kr.id(), Instant.ofEpochMilli(e))
                        .flatMap(
                                r ->
                                        r.value().isPresent()
                                                ? java.util.Optional.of(r.value().getAsDouble())
                                                : java.util.Optional.empty())
                        .ifPresent(values::add);
            }
        }
        long met = values.stream().filter(maintain::isMet).count();
        return new long[] {met, values.size()};
    }

    /** The objectives' scores from the key results' last scores, parents included, by id. */
    Map<String, ObjectiveScore> objectives(Map<String, Expected> keyResults) {
        Map<String, ObjectiveScore> scores = new HashMap<>();
        for (Objective o : okrs.objectives()) {
            objective(o, keyResults, scores);
        }
        return scores;
    }

    private ObjectiveScore objective(
            Objective o, Map<String, Expected> keyResults, Map<String, ObjectiveScore> scores) {
        if (scores.containsKey(o.id())) {
            return scores.get(o.id());
        }
        List<ObjectiveScorer.Weighted> own = new ArrayList<>();
        for (KeyResult kr : o.keyResults()) {
            own.add(new ObjectiveScorer.Weighted(keyResults.get(kr.id()).score(), kr.weight()));
        }
        List<OptionalDouble> children = new ArrayList<>();
        for (Objective child : okrs.children(o.id())) {
            children.add(objective(child, keyResults, scores).score());
        }
        ObjectiveScore score =
                ObjectiveScorer.score(own, children, o.commitment() == Commitment.COMMITTED);
        scores.put(o.id(), score);
        return score;
    }
}
