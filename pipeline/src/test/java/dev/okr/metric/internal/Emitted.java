package dev.okr.metric.internal;

import java.util.ArrayList;
import java.util.List;

/** Collects what a tracker emits, as readable strings such as {@code "COHORT 20405 +1"}. */
final class Emitted implements Emitter {

    private static final String[] KINDS = {
        "SAMPLE", "FIRST", "SPAN", "DURATION", "COHORT", "RETAINED", "ENTRANT", "CONVERTED"
    };

    final List<String> all = new ArrayList<>();

    @Override
    public void emit(int kind, long bucket, long second, long count, double value) {
        StringBuilder s = new StringBuilder(KINDS[kind]).append(' ').append(bucket);
        if (second != 0) {
            s.append(" @").append(second);
        }
        s.append(count > 0 ? " +" : " ").append(count);
        if (!Double.isNaN(value)) {
            s.append(" =").append(value);
        }
        all.add(s.toString());
    }

    List<String> drain() {
        List<String> copy = List.copyOf(all);
        all.clear();
        return copy;
    }
}
