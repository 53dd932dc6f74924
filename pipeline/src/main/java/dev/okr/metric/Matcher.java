package dev.okr.metric;

import dev.okr.okrfile.metric.Condition;
import dev.okr.okrfile.metric.PropertyLookup;
import java.io.Serializable;
import java.util.List;

/**
 * One test an event must pass to matter to a part in a role: the event name is looked up in the
 * plan's index, then the conditions are tested here.
 *
 * @param part the part's number
 * @param role what the event is to the part
 * @param where the conditions that must all hold
 * @param property the numeric property the part reads, or null
 * @param keyProperty the property that keys a duration instead of the user, or null
 */
public record Matcher(
        int part, Role role, List<Condition> where, String property, String keyProperty)
        implements Serializable {

    public boolean test(PropertyLookup properties) {
        for (Condition condition : where) {
            if (!condition.test(properties)) {
                return false;
            }
        }
        return true;
    }
}
