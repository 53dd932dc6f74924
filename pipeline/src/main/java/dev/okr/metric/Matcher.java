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
 * @param where the conditions that must all hold for the event to matter at all
 * @param startWhere for the first {@code from} or cohort event of a key: the conditions the key's
 *     very first such event must meet for the key to count (every such event matters, since the
 *     first one decides)
 * @param property the numeric property the part reads, or null
 * @param keyProperty the property that keys a duration instead of the user, or null
 */
public record Matcher(
        int part,
        Role role,
        List<Condition> where,
        List<Condition> startWhere,
        String property,
        String keyProperty)
        implements Serializable {

    public boolean test(PropertyLookup properties) {
        return all(where, properties);
    }

    /** Whether the event, if it is its key's first start event, lets the key count. */
    public boolean starts(PropertyLookup properties) {
        return all(startWhere, properties);
    }

    private static boolean all(List<Condition> conditions, PropertyLookup properties) {
        for (Condition condition : conditions) {
            if (!condition.test(properties)) {
                return false;
            }
        }
        return true;
    }
}
