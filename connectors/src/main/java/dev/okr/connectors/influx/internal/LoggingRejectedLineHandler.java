package dev.okr.connectors.influx.internal;

import dev.okr.connectors.influx.InfluxRejectedLineHandler;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the first rejected line of each kind and ignores repeats, so that a field whose type changed
 * does not write one warning per point. At most {@value #MAX_KINDS} kinds are remembered: bounded
 * memory, and after that each further kind is logged at most once more as "more kinds".
 */
public final class LoggingRejectedLineHandler implements InfluxRejectedLineHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoggingRejectedLineHandler.class);
    static final int MAX_KINDS = 100;
    private static final int MAX_LOGGED_LINE = 500;

    private transient Set<String> seen;
    private transient boolean saturated;

    @Override
    public void rejected(String line, int status, String reason) {
        if (seen == null) {
            seen = new HashSet<>();
        }
        String kind = kind(status, reason);
        if (seen.contains(kind)) {
            return;
        }
        if (seen.size() >= MAX_KINDS) {
            if (!saturated) {
                saturated = true;
                LOG.warn(
                        "InfluxDB sink: more than {} kinds of rejected lines; further kinds are"
                                + " counted but not logged",
                        MAX_KINDS);
            }
            return;
        }
        seen.add(kind);
        LOG.warn(
                "InfluxDB sink dropped a line ({}): {}; further lines of this kind are counted"
                        + " but not logged. Line: {}",
                status == REFUSED_BY_SINK ? "refused by the sink" : "HTTP " + status,
                reason,
                line.length() > MAX_LOGGED_LINE ? line.substring(0, MAX_LOGGED_LINE) + "…" : line);
    }

    /** Status and reason with the numbers taken out ("dropped=3", line numbers, values). */
    static String kind(int status, String reason) {
        return status + ":" + (reason == null ? "" : reason.replaceAll("[0-9]+", "#"));
    }
}
