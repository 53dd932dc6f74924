package dev.okr.metric;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.Objective;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.Span;
import dev.okr.okrfile.metric.AverageMetric;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.EventMetric;
import dev.okr.okrfile.metric.MaxMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.MinMetric;
import dev.okr.okrfile.metric.NpsMetric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.SumMetric;
import dev.okr.okrfile.metric.Window;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine computes for a set of OKR files: every key result with its parts, the index that
 * finds the parts an event matters to, the instants readings are taken at, and where in the event
 * history reading must start. Compiled once when the job is built and shipped to the operators.
 */
public final class MetricPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Extra days read before a duration's window, for the {@code from} events before it. */
    static final int DURATION_FROM_LOOKBACK_DAYS = 30;

    private final OkrSet okrs;
    private final ZonedCalendar calendar;
    private final long periodStart;
    private final long periodEnd;
    private final long asOf;
    private final List<KeyResultPlan> keyResults = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, List<Matcher>> byEvent = new HashMap<>();
    private final List<Matcher> anyActivity = new ArrayList<>();
    private final long readFrom;

    private MetricPlan(OkrSet okrs, Optional<Instant> asOf) {
        this.okrs = okrs;
        this.calendar = new ZonedCalendar(okrs.zone());
        this.periodStart = okrs.period().startIn(okrs.zone()).toEpochMilli();
        this.periodEnd = okrs.period().endIn(okrs.zone()).toEpochMilli();
        this.asOf = asOf.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        int lookbackDays = 1;
        for (Objective objective : okrs.objectives()) {
            for (KeyResult kr : objective.keyResults()) {
                lookbackDays = Math.max(lookbackDays, add(objective, kr));
            }
        }
        LocalDate start = okrs.period().start();
        this.readFrom = calendar.startOf(start.minusDays(lookbackDays + 1L));
    }

    /** Compiles the plan; {@code asOf} makes it a bounded run as of that instant. */
    public static MetricPlan compile(OkrSet okrs, Optional<Instant> asOf) {
        return new MetricPlan(okrs, asOf);
    }

    private int add(Objective objective, KeyResult kr) {
        int index = keyResults.size();
        List<Integer> ids = new ArrayList<>();
        int lookback = 0;
        List<Metric> metrics =
                kr.metric() instanceof RatioMetric ratio
                        ? List.of(ratio.numerator(), ratio.denominator())
                        : List.of(kr.metric());
        for (Metric metric : metrics) {
            Part part =
                    new Part(
                            parts.size(),
                            index,
                            metric,
                            Part.familyOf(metric),
                            kr.metric().window());
            parts.add(part);
            ids.add(part.id());
            index(part);
            lookback = Math.max(lookback, lookbackDays(metric));
        }
        Span span = okrs.spanOf(kr);
        keyResults.add(
                new KeyResultPlan(
                        index,
                        kr,
                        objective,
                        List.copyOf(ids),
                        span.start().toEpochMilli(),
                        span.end().toEpochMilli()));
        return lookback;
    }

    private void index(Part part) {
        int id = part.id();
        Metric metric = part.metric();
        if (metric instanceof EventMetric event) {
            Matcher m =
                    new Matcher(
                            id,
                            Role.EVENT,
                            event.filter().where(),
                            List.of(),
                            propertyOf(event),
                            null);
            if (event.filter().anyActivityEvent()) {
                anyActivity.add(m);
            } else {
                event.filter().events().forEach(name -> on(name, m));
            }
        } else if (metric instanceof DurationMetric d) {
            String key = d.keyedByUser() ? null : d.key();
            // The key's first from event decides whether it counts (docs/metric-reference.md).
            on(d.from(), new Matcher(id, Role.FROM, List.of(), d.where(), null, key));
            on(d.to(), new Matcher(id, Role.TO, List.of(), List.of(), null, key));
        } else if (metric instanceof RetentionMetric r) {
            on(r.cohortEvent(), new Matcher(id, Role.COHORT, List.of(), r.where(), null, null));
            Matcher ret = new Matcher(id, Role.RETURN, List.of(), List.of(), null, null);
            if (r.anyActivityReturns()) {
                anyActivity.add(ret);
            } else {
                r.returnEvents().forEach(name -> on(name, ret));
            }
        } else if (metric instanceof ConversionMetric c) {
            on(c.from(), new Matcher(id, Role.FROM, List.of(), c.where(), null, null));
            on(c.to(), new Matcher(id, Role.TO, List.of(), List.of(), null, null));
        }
    }

    private void on(String eventName, Matcher matcher) {
        byEvent.computeIfAbsent(eventName, k -> new ArrayList<>()).add(matcher);
    }

    private static String propertyOf(EventMetric metric) {
        if (metric instanceof SumMetric m) {
            return m.property();
        }
        if (metric instanceof AverageMetric m) {
            return m.property();
        }
        if (metric instanceof MinMetric m) {
            return m.property();
        }
        if (metric instanceof MaxMetric m) {
            return m.property();
        }
        if (metric instanceof PercentileMetric m) {
            return m.property();
        }
        if (metric instanceof NpsMetric m) {
            return m.property();
        }
        return null;
    }

    /** Days of events before the period start that the reading at the period start needs. */
    static int lookbackDays(Metric metric) {
        if (metric instanceof RetentionMetric r) {
            return r.day() + r.cohorts() + 1;
        }
        if (metric instanceof ConversionMetric c) {
            return (int) Math.ceil(c.within().toHours() / 24.0) + c.cohorts() + 1;
        }
        int window = windowDays(metric.window());
        return metric instanceof DurationMetric ? window + DURATION_FROM_LOOKBACK_DAYS : window;
    }

    private static int windowDays(Window window) {
        return switch (window) {
            case HOUR, DAY -> 1;
            case WEEK, TRAILING_7D -> 7;
            case MONTH -> 31;
            case TRAILING_28D -> 28;
            case PERIOD -> 0;
        };
    }

    public OkrSet okrs() {
        return okrs;
    }

    public ZonedCalendar calendar() {
        return calendar;
    }

    public long periodStart() {
        return periodStart;
    }

    public long periodEnd() {
        return periodEnd;
    }

    /** Whether this is a bounded run, evaluated as of {@link #asOf()}. */
    public boolean bounded() {
        return asOf != Long.MAX_VALUE;
    }

    /** The as-of instant of a bounded run; {@code Long.MAX_VALUE} in live mode. */
    public long asOf() {
        return asOf;
    }

    /** The last instant readings are taken at: the as-of instant or the period's end. */
    public long lastInstant() {
        return Math.min(asOf, periodEnd);
    }

    /** Where reading the event history starts: the period start minus the longest lookback. */
    public Instant readFrom() {
        return Instant.ofEpochMilli(readFrom);
    }

    /**
     * What the engine's state is laid out by: the period, the time zone, and every key result's id
     * and metric in plan order. State from a plan with another layout would be read as the wrong
     * key results' (see {@link PlanLayoutCheck}); titles, owners, baselines and targets are not
     * part of it, so a changed target keeps the state.
     */
    public String layout() {
        StringBuilder layout = new StringBuilder();
        layout.append(okrs.period()).append(' ').append(okrs.zone());
        for (KeyResultPlan kr : keyResults) {
            layout.append('\n').append(kr.keyResult().id()).append(": ");
            layout.append(kr.keyResult().metric());
        }
        return layout.toString();
    }

    public List<KeyResultPlan> keyResults() {
        return keyResults;
    }

    public KeyResultPlan keyResult(int index) {
        return keyResults.get(index);
    }

    public List<Part> parts() {
        return parts;
    }

    public Part part(int id) {
        return parts.get(id);
    }

    /** The matchers of a track event with this name (not those of any activity). */
    public List<Matcher> matchersOf(String trackEvent) {
        return byEvent.getOrDefault(trackEvent, List.of());
    }

    /** The matchers every activity event is tested against. */
    public List<Matcher> anyActivityMatchers() {
        return anyActivity;
    }
}
