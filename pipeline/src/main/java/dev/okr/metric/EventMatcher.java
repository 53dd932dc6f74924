package dev.okr.metric;

import dev.okr.connectors.kafka.CallType;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.okrfile.metric.PropertyLookup;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tests an event against every part of the plan it can matter to, through the plan's index by event
 * name: an aggregated part gets a {@link Contribution} straight away, a part kept per identity gets
 * a place in the event's {@link Signal} to the per-key stage. Only activity events ({@code track},
 * {@code page}, {@code screen}) count for metrics.
 */
public final class EventMatcher {

    private final MetricPlan plan;
    private final WindowGrid[] grids;
    private final SignalBatch batch = new SignalBatch();

    public EventMatcher(MetricPlan plan) {
        this.plan = plan;
        this.grids = new WindowGrid[plan.parts().size()];
        for (Part part : plan.parts()) {
            grids[part.id()] = KeyResultReader.gridOf(plan.keyResult(part.keyResult()), plan);
        }
    }

    public void match(SegmentEvent event, Consumer<Contribution> direct, Consumer<Signal> perKey) {
        if (!event.isActivity()) {
            return;
        }
        PropertyLookup properties = event::property;
        if (event.type() == CallType.TRACK) {
            test(plan.matchersOf(event.event()), event, properties, direct);
        }
        test(plan.anyActivityMatchers(), event, properties, direct);
        batch.flush(event.timestampMillis(), perKey);
    }

    private void test(
            List<Matcher> matchers,
            SegmentEvent event,
            PropertyLookup properties,
            Consumer<Contribution> direct) {
        for (int i = 0; i < matchers.size(); i++) {
            Matcher m = matchers.get(i);
            if (m.test(properties)) {
                emit(m, event, properties, direct);
            }
        }
    }

    private void emit(
            Matcher m,
            SegmentEvent event,
            PropertyLookup properties,
            Consumer<Contribution> direct) {
        Part part = plan.part(m.part());
        long time = event.timestampMillis();
        if (!part.family().perKey()) {
            double value = Double.NaN;
            if (m.property() != null) {
                value = event.numberProperty(m.property());
                if (Double.isNaN(value) || !usable(part.family(), value)) {
                    return;
                }
            }
            long bucket = grids[part.id()].bucketOf(time);
            direct.accept(
                    new Contribution(
                            part.keyResult(), part.id(), Contribution.SAMPLE, bucket, 0, 1, value));
            return;
        }
        String key = event.identity();
        if (m.keyProperty() != null) {
            Object value = event.property(m.keyProperty());
            if (value == null) {
                return;
            }
            key = durationKey(part.id(), value);
        }
        batch.add(key, part.id(), m.role(), m.starts(properties));
    }

    /** An NPS answer counts only as an integer from 0 to 10 (SPEC §4); other values are ignored. */
    private static boolean usable(Family family, double value) {
        if (family != Family.NPS) {
            return Double.isFinite(value);
        }
        return value >= 0 && value <= 10 && value == Math.rint(value);
    }

    /**
     * The per-key stage key of a duration keyed by a property: the part and the value, typed, so
     * that the text {@code "5"} and the number {@code 5} are different keys.
     */
    static String durationKey(int part, Object value) {
        String text;
        if (value instanceof Double d) {
            text =
                    "n"
                            + (d == Math.rint(d) && Math.abs(d) < 1e15
                                    ? Long.toString(d.longValue())
                                    : d.toString());
        } else if (value instanceof Boolean b) {
            text = "b" + b;
        } else {
            text = "s" + value;
        }
        return "\u0000" + part + "\u0000" + text;
    }
}
