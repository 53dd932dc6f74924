package dev.okr.health;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the pipeline's health meters go: an InfluxDB reached through its v1 API (the same store as
 * the scores), and how often they are written. Serializable: operators carry it to every task
 * manager, which starts its publisher on first use ({@link HealthReporter}).
 *
 * @param influxUrl the InfluxDB base URL, e.g. {@code http://127.0.0.1:8086}; null disables
 *     publishing (the meters are still counted)
 * @param database the database; created when missing. Defaults to {@code okr}
 * @param step how often the meters are written, and the span each counter value covers. Defaults to
 *     10 s
 */
public record HealthSettings(String influxUrl, String database, Duration step)
        implements Serializable {

    /** Health meters counted in this JVM but published nowhere. */
    public static final HealthSettings DISABLED =
            new HealthSettings(null, "okr", Duration.ofSeconds(10));

    public HealthSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(step, "step");
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("the health step must be positive, not " + step);
        }
    }

    /** Publishing to {@code database} at {@code influxUrl} every 10 s. */
    public static HealthSettings influx(String influxUrl, String database) {
        return new HealthSettings(
                Objects.requireNonNull(influxUrl, "influxUrl"), database, Duration.ofSeconds(10));
    }

    /** These settings with another step. */
    public HealthSettings withStep(Duration step) {
        return new HealthSettings(influxUrl, database, step);
    }

    /** Whether the meters are published. */
    public boolean enabled() {
        return influxUrl != null;
    }
}
