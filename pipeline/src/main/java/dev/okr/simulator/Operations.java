package dev.okr.simulator;

import static dev.okr.simulator.ProductRates.AD_CHANNELS;
import static dev.okr.simulator.ProductRates.AD_SPEND_PER_DAY;
import static dev.okr.simulator.ProductRates.INCIDENTS_PER_DAY;
import static dev.okr.simulator.ProductRates.INCIDENT_MINUTES;
import static dev.okr.simulator.ProductRates.SERVICES;
import static dev.okr.simulator.ProductRates.SERVICE_DOWN;

import java.time.Duration;

/**
 * What runs the product rather than uses it: health checks of every service at a fixed interval,
 * incidents, and ad spend once a day. Sent with the anonymous ids {@code monitor} and {@code
 * marketing}.
 */
final class Operations {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final Dice dice;
    private final Timeline timeline;
    private final long healthCheckMillis;

    Operations(Dice dice, Timeline timeline, long healthCheckMillis) {
        this.dice = dice;
        this.timeline = timeline;
        this.healthCheckMillis = healthCheckMillis;
    }

    /** Starts the schedules at {@code start}. */
    void startAt(long start) {
        timeline.at(start, this::healthChecks);
        timeline.at(start, this::daily);
    }

    private void healthChecks(long t) {
        for (String service : SERVICES) {
            String status = dice.chance(dice.rate(SERVICE_DOWN, t)) ? "down" : "up";
            timeline.emit(
                    t,
                    "track",
                    "Health Check",
                    null,
                    "monitor",
                    "service",
                    service,
                    "status",
                    status);
        }
        timeline.at(t + healthCheckMillis, this::healthChecks);
    }

    private void daily(long t) {
        for (String channel : AD_CHANNELS) {
            double amount = dice.rate(AD_SPEND_PER_DAY, t) / AD_CHANNELS.length;
            timeline.emit(
                    t,
                    "track",
                    "Ad Spend Recorded",
                    null,
                    "marketing",
                    "channel",
                    channel,
                    "amount",
                    amount);
        }
        if (dice.chance(INCIDENTS_PER_DAY)) {
            timeline.at(t + dice.nextLong(DAY), this::incident);
        }
        timeline.at(t + DAY, this::daily);
    }

    private void incident(long t) {
        timeline.emit(
                t,
                "track",
                "Incident Resolved",
                null,
                "monitor",
                "service",
                dice.pick(SERVICES),
                "severity",
                dice.pick("minor", "major"),
                "downtime_minutes",
                dice.logNormal(dice.rate(INCIDENT_MINUTES, t), 0.5));
    }
}
