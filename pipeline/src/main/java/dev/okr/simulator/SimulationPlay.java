package dev.okr.simulator;

import java.util.SplittableRandom;

/**
 * One playing of a {@link Simulator}: the product model, its timeline, and the extras laid over its
 * records (malformed records, duplicates). History and live play continue the same playing.
 */
final class SimulationPlay {
    private final Simulator s;
    private final SplittableRandom random;
    private final Timeline timeline;
    private final ProductModel model;
    private final Malformations malformations;
    private final double gapPerRecordMillis;
    private long produced;
    private SimulatedRecord previous;

    SimulationPlay(Simulator s) {
        this.s = s;
        this.random = new SplittableRandom(s.seed);
        long start = s.from.toEpochMilli();
        long historyEnd = s.historyEnd().toEpochMilli();
        long span =
                s.to != null ? s.to.toEpochMilli() - start : Simulator.OPEN_RANGE_SPAN.toMillis();
        this.gapPerRecordMillis =
                s.count > 0
                        ? Math.max(0.001, (historyEnd - start) / (double) s.count)
                        : 1000.0 / s.eventsPerSecond;
        this.timeline = new Timeline(random.split(), start);
        long healthEvery =
                Math.max(
                        ProductRates.HEALTH_CHECK_MINUTES * 60_000L,
                        (long) (gapPerRecordMillis * 3 / 0.02));
        Dice dice = new Dice(random.split(), start, span, s.drift);
        this.model = new ProductModel(dice, timeline, start, s.users, healthEvery);
        this.malformations = new Malformations(random.split(), timeline);
    }

    /** The next record with an event time up to {@code end}, or null when the history is done. */
    SimulatedRecord next(long end) {
        if (s.count > 0 && produced >= s.count) {
            return null;
        }
        while (timeline.readyCount() == 0) {
            long t = timeline.now();
            if (t >= end) {
                return null;
            }
            long before = timeline.emitted();
            model.step(t);
            long made = Math.max(1, timeline.emitted() - before);
            double jitter = 0.5 + random.nextDouble();
            timeline.advanceTo(
                    Math.min(end, t + Math.max(1, Math.round(made * gapPerRecordMillis * jitter))));
        }
        return extras(timeline.poll());
    }

    /** Live: plays at wall time {@code now}; the records become ready on the timeline. */
    void stepLive(long now) {
        timeline.live(true);
        model.step(now);
    }

    SimulatedRecord pollLive() {
        SimulatedRecord r = timeline.poll();
        return r == null ? null : extras(r);
    }

    private SimulatedRecord extras(SimulatedRecord record) {
        produced++;
        if (previous != null && random.nextDouble() < s.duplicateShare) {
            timeline.pushBack(record);
            record =
                    new SimulatedRecord(
                            previous.kafkaTimestamp(),
                            previous.key(),
                            previous.value(),
                            null,
                            true);
        } else if (random.nextDouble() < s.malformedShare) {
            timeline.pushBack(record);
            record = malformations.next(timeline.now());
        }
        if (record.intendedReject() == null) {
            previous = record;
        }
        return record;
    }
}
