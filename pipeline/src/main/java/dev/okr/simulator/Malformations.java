package dev.okr.simulator;

import dev.okr.connectors.kafka.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Bad records, as real tracking sends them now and then: one for each reject reason the simulator
 * can produce. {@code too_large} is not among them: a value over 1 MiB needs topic and producer
 * settings above Kafka's defaults (the integration tests send one).
 */
final class Malformations {

    /** The reasons a malformed record is drawn from, equally likely. */
    static final RejectReason[] REASONS = {
        RejectReason.MALFORMED_JSON,
        RejectReason.NOT_AN_OBJECT,
        RejectReason.UNKNOWN_TYPE,
        RejectReason.MISSING_IDENTITY,
        RejectReason.MISSING_TIMESTAMP,
        RejectReason.BAD_TIMESTAMP,
        RejectReason.FUTURE_TIMESTAMP,
        RejectReason.TOO_LATE
    };

    private static final long TWO_HOURS = Duration.ofHours(2).toMillis();
    private static final long THREE_DAYS = Duration.ofDays(3).toMillis();

    private final SplittableRandom random;
    private final Timeline timeline;

    Malformations(SplittableRandom random, Timeline timeline) {
        this.random = random;
        this.timeline = timeline;
    }

    /** A bad record at time {@code t}, for a reason drawn at random. */
    SimulatedRecord next(long t) {
        RejectReason reason = REASONS[random.nextInt(REASONS.length)];
        String user = "u-bad-" + random.nextInt(1000);
        SegmentWriter w = timeline.writer();
        Instant at = Instant.ofEpochMilli(t);
        byte[] value =
                switch (reason) {
                    case MALFORMED_JSON ->
                            truncated(
                                    w.write(
                                            "track",
                                            "Order Completed",
                                            user,
                                            null,
                                            timeline.messageId(),
                                            "timestamp",
                                            at,
                                            "revenue",
                                            9.5));
                    case NOT_AN_OBJECT -> utf8("[\"track\",\"Order Completed\",\"" + user + "\"]");
                    case UNKNOWN_TYPE ->
                            w.write(
                                    "click",
                                    null,
                                    user,
                                    null,
                                    timeline.messageId(),
                                    "timestamp",
                                    at,
                                    "button",
                                    "buy");
                    case MISSING_IDENTITY ->
                            w.write(
                                    "track",
                                    "Order Completed",
                                    null,
                                    null,
                                    timeline.messageId(),
                                    "timestamp",
                                    at,
                                    "revenue",
                                    9.5);
                    case MISSING_TIMESTAMP ->
                            w.write(
                                    "track",
                                    "Order Completed",
                                    user,
                                    null,
                                    timeline.messageId(),
                                    null,
                                    at,
                                    "revenue",
                                    9.5);
                    case BAD_TIMESTAMP ->
                            utf8(
                                    new String(
                                                    w.write(
                                                            "track",
                                                            "Feature Used",
                                                            user,
                                                            null,
                                                            timeline.messageId(),
                                                            "timestamp",
                                                            at,
                                                            "feature",
                                                            "export"),
                                                    StandardCharsets.UTF_8)
                                            .replace(
                                                    at.toString(),
                                                    at.toString()
                                                            .substring(0, 10)
                                                            .replace('-', '/')));
                    case FUTURE_TIMESTAMP ->
                            w.write(
                                    "track",
                                    "Feature Used",
                                    user,
                                    null,
                                    timeline.messageId(),
                                    "timestamp",
                                    at.plusMillis(TWO_HOURS),
                                    "feature",
                                    "export");
                    case TOO_LATE ->
                            w.write(
                                    "track",
                                    "Feature Used",
                                    user,
                                    null,
                                    timeline.messageId(),
                                    "timestamp",
                                    at.minusMillis(THREE_DAYS),
                                    "feature",
                                    "export");
                    default -> throw new IllegalStateException("no malformation for " + reason);
                };
        return new SimulatedRecord(timeline.kafkaTimestamp(t), utf8(user), value, reason, false);
    }

    private byte[] truncated(byte[] json) {
        return java.util.Arrays.copyOf(json, json.length / 2);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
