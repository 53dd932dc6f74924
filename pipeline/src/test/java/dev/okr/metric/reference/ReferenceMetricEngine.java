package dev.okr.metric.reference;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The reference implementation of the metric engine: the test oracle for the streaming one, written
 * from SPEC §1, §3 and §4 alone. Plain Java, obviously correct and slow: every reading is
 * recomputed by brute force from the full list of accepted events (filter, group, sort), with no
 * incremental state. Feed it the records of a single-partition topic and an as-of instant T, as a
 * bounded run ({@code --as-of T}) reads them.
 *
 * <p>What it computes, per key result: a {@link KrReading} at every reading instant (every day end
 * in the OKR file's zone from the period start to min(T, period end), every hour end in that range
 * for {@code hour} metrics, and T when T is before the period end); and a {@link WindowReading} for
 * every complete window that overlaps the period and has a value. After a key result's deadline
 * end, its reading is the one at the deadline end. Every choice made where SPEC is ambiguous is
 * written where it is implemented, in this package's classes.
 */
public final class ReferenceMetricEngine {

    private final OkrSet okrs;
    private final Instant asOf;
    private final EventAcceptance acceptance;
    private final CalendarWindows calendar;
    private final MetricReader reader;

    /** An engine over these records in topic order, for a run as of {@code asOf}. */
    public ReferenceMetricEngine(OkrSet okrs, List<TimedRecord> records, Instant asOf) {
        this.okrs = okrs;
        this.asOf = asOf;
        this.acceptance = EventAcceptance.of(records, asOf);
        this.calendar = new CalendarWindows(okrs.zone());
        this.reader =
                new MetricReader(
                        acceptance.accepted(), calendar, okrs.period().startIn(okrs.zone()));
    }

    /** Every reading and window value of a bounded run as of {@code asOf}. */
    public static ReadingSet compute(OkrSet okrs, List<TimedRecord> records, Instant asOf) {
        return new ReferenceMetricEngine(okrs, records, asOf).readings();
    }

    /** Every reading and window value of the run. */
    public ReadingSet readings() {
        Set<KrReading> readings = new HashSet<>();
        Set<WindowReading> windows = new HashSet<>();
        WindowValues windowValues = new WindowValues(reader, calendar, okrs.period());
        for (KeyResult kr : okrs.keyResults()) {
            for (Instant at :
                    ReadingInstants.of(kr.metric().window(), okrs.period(), calendar, asOf)) {
                readings.add(readingAt(kr, at));
            }
            windows.addAll(windowValues.of(kr, asOf));
        }
        return new ReadingSet(readings, windows);
    }

    /** A key result's window values as they stand at {@code at} (the run's events before it). */
    public List<WindowReading> windowsAt(KeyResult kr, Instant at) {
        return new WindowValues(reader, calendar, okrs.period()).of(kr, at);
    }

    /**
     * A key result's reading at any instant, frozen at its deadline end after it. The value reads
     * the events known at that instant (the run's accepted events before it).
     */
    public KrReading readingAt(KeyResult kr, Instant at) {
        Instant clock = at;
        if (kr.deadline().isPresent()) {
            Instant deadlineEnd = okrs.spanOf(kr).end();
            // Choice: the whole reading freezes, the live value of the open window included.
            clock = at.isAfter(deadlineEnd) ? deadlineEnd : at;
        }
        return new KrReading(
                kr.id(),
                at,
                reader.value(kr.metric(), clock),
                reader.liveValue(kr.metric(), clock));
    }

    /**
     * {@code baseline: auto} (SPEC §2): the key result's reading at the period's first instant,
     * computed from the events before the period starts.
     */
    public OptionalDouble autoBaseline(String kr) {
        return readingAt(keyResult(kr), okrs.period().startIn(okrs.zone())).value();
    }

    /** Which records the run counted and which it rejected. */
    public EventAcceptance acceptance() {
        return acceptance;
    }

    /** The as-of instant of the run. */
    public Instant asOf() {
        return asOf;
    }

    private KeyResult keyResult(String id) {
        return okrs.keyResults().stream()
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no key result " + id));
    }
}
