package dev.okr.metric.reference;

import dev.okr.okrfile.InvalidOkrFileException;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Random;

/**
 * Seedable random topics of Segment events for property tests of the metric engine against the
 * reference: thousands of events of hundreds of users (some anonymous only) of a simulated product
 * over {@link #FIRST_DAY} to {@link #LAST_DAY} in Europe/Oslo, across the end of daylight saving
 * time on 25 October 2026. Every event name and property the example OKR files read appears, with
 * duplicates (by messageId and by content), out-of-order events up to 20.5 hours behind, too-late
 * events at least 5 days behind (all dated in the first 11 days, so that every as-of instant from 8
 * October 2026 on is clear: {@link RandomEventStream#lateRuleIsClearAt}), malformed, too large and
 * future-dated records, and Kafka timestamps a little after the event times. {@link #okrs()} covers
 * every metric type and window.
 */
public final class RandomEventStreams {

    /** The zone of the simulated product and of {@link #okrs()}. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** The first simulated day: four weeks before the period of {@link #okrs()}. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 24);

    /** The last simulated day, the period's last day. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 5);

    /** The OKR file for property tests, a test resource. */
    public static final String OKR_RESOURCE = "/metric/reference-okrs.yaml";

    private RandomEventStreams() {}

    /** A topic of about 14,000 records: 200 customers and 60 anonymous visitors. */
    public static RandomEventStream generate(long seed) {
        return generate(seed, 200, 60);
    }

    /** A topic of {@code customers} registered users and {@code visitors} anonymous ones. */
    public static RandomEventStream generate(long seed, int customers, int visitors) {
        SimulationClock clock = new SimulationClock(new Random(seed), ZONE);
        ProductSimulation product = new ProductSimulation(clock, ZONE, FIRST_DAY, LAST_DAY);
        TopicDelivery delivery =
                new TopicDelivery(clock, seed, FIRST_DAY.atStartOfDay(ZONE).toInstant());
        var records = delivery.deliver(product.run(customers, visitors));
        return new RandomEventStream(seed, records, delivery.tooLateEventTimes());
    }

    /** The first instant after the simulated days: a T at which everything is complete. */
    public static Instant end() {
        return LAST_DAY.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The OKR file for property tests: every metric type and every window, in Europe/Oslo. */
    public static OkrSet okrs() {
        try (InputStream in = RandomEventStreams.class.getResourceAsStream(OKR_RESOURCE)) {
            String yaml =
                    new String(
                            Objects.requireNonNull(in, OKR_RESOURCE).readAllBytes(),
                            StandardCharsets.UTF_8);
            return OkrFileLoader.loadText("reference-okrs.yaml", yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidOkrFileException e) {
            throw new IllegalStateException(OKR_RESOURCE + " is not a valid OKR file", e);
        }
    }
}
