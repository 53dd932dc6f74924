package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.at;
import static dev.okr.metric.reference.SegmentEvent.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference's reading of SPEC §1 where the hand-computed cases stay clear of a boundary or of
 * an ambiguity: exact lateness bounds and the choices listed in {@link EventAcceptance} and {@link
 * SegmentRecordParser}.
 */
class EventAcceptanceTest {

    private static final Instant LATEST = at(WED, "12:00");
    private static final Instant LATER = at(WED, "18:00");

    @Test
    void anEventExactly48HoursBehindCountsAndOneMillisecondMoreIsTooLate() {
        RecordLog log =
                new RecordLog()
                        .add(
                                search("u1", LATEST),
                                search("u2", LATEST.minus(Duration.ofHours(48))).producedAt(LATEST),
                                search("u3", LATEST.minus(Duration.ofHours(48)).minusMillis(1))
                                        .producedAt(LATEST));

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATER);

        assertThat(identities(acceptance)).containsExactly("u1", "u2");
        assertThat(acceptance.rejections())
                .extracting(Rejection::index, Rejection::reason)
                .containsExactly(tuple(2, "too_late"));
    }

    @Test
    void anEventAfterTStillMovesTheLatestEventTime() {
        RecordLog log =
                new RecordLog()
                        .add(
                                search("u1", LATER.plus(Duration.ofDays(3))),
                                search("u2", at(TUE, "10:00"))
                                        .producedAt(LATER.plus(Duration.ofDays(3))));

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATER);

        assertThat(acceptance.ignoredAfterAsOf()).isEqualTo(1);
        assertThat(acceptance.rejections())
                .extracting(Rejection::reason)
                .as("the pipeline reads the whole topic, so its watermark passed u1's time")
                .containsExactly("too_late");
    }

    @Test
    void anEventAtTIsKeptAndOneJustAfterIsIgnored() {
        RecordLog log =
                new RecordLog().add(search("u1", LATEST), search("u2", LATEST.plusMillis(1)));

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATEST);

        assertThat(identities(acceptance)).containsExactly("u1");
        assertThat(acceptance.ignoredAfterAsOf()).isEqualTo(1);
    }

    @Test
    void theSameInstantWrittenWithAnotherOffsetIsTheSameContent() {
        RecordLog log =
                new RecordLog()
                        .add(
                                search("u1", LATEST).noMessageId(),
                                search("u1", LATEST)
                                        .noMessageId()
                                        .field("timestamp", "2026-11-04T13:00:00+01:00"),
                                search("u1", LATEST).noMessageId().property("page", 2));

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATER);

        assertThat(acceptance.accepted()).hasSize(2);
        assertThat(acceptance.duplicates()).isEqualTo(1);
    }

    @Test
    void aDuplicateOfARejectedRecordCounts() {
        RecordLog log =
                new RecordLog()
                        .add(
                                search("u1", LATEST)
                                        .messageId("x")
                                        .producedAt(LATEST.minus(Duration.ofHours(2))),
                                search("u1", LATEST).messageId("x"));

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATER);

        assertThat(acceptance.rejections())
                .extracting(Rejection::reason)
                .containsExactly("future_timestamp");
        assertThat(acceptance.accepted()).hasSize(1);
    }

    @Test
    void anIdentityOrMessageIdThatIsNotANonEmptyStringIsAbsent() {
        RecordLog log =
                new RecordLog()
                        .add(
                                search("a", LATEST).field("userId", 42).anonymous("a1"),
                                search("a", LATEST).field("userId", 42).without("anonymousId"),
                                search("u2", LATEST).messageId(""),
                                search("u2", LATEST).messageId(""));

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATER);

        assertThat(identities(acceptance)).containsExactly("a1", "u2");
        assertThat(acceptance.rejections())
                .extracting(Rejection::reason)
                .containsExactly("missing_identity");
        assertThat(acceptance.duplicates()).as("an empty messageId: same content").isEqualTo(1);
    }

    @Test
    void textAfterTheObjectMakesTheValueMalformed() {
        RecordLog log = new RecordLog().addText(search("u1", LATEST).json() + " x", LATEST);

        assertThat(EventAcceptance.of(log.records(), LATER).rejections())
                .extracting(Rejection::reason)
                .containsExactly("malformed_json");
    }

    @Test
    void aCallOfUnknownOrMissingTypeIsValidButNotActivity() {
        RecordLog log =
                new RecordLog()
                        .add(
                                SegmentEvent.call("heartbeat").user("u1").at(LATEST),
                                search("u2", LATEST).without("type"),
                                track("Signed Up").user("u3").at(LATEST).without("event"));

        List<AcceptedEvent> accepted = EventAcceptance.of(log.records(), LATER).accepted();

        assertThat(accepted)
                .extracting(AcceptedEvent::isActivity)
                .containsExactly(false, false, true);
        assertThat(accepted.get(2).trackEvent()).as("a track call without a name").isNull();
    }

    @Test
    void aValueOfExactly1MiBIsNotTooLarge() {
        String start = search("u1", LATEST).json();
        String padded = start.substring(0, start.length() - 1) + ",\"pad\":\"";
        int room = SegmentRecordParser.MAX_VALUE_BYTES - padded.length() - 2;
        RecordLog log =
                new RecordLog()
                        .addText(padded + "x".repeat(room) + "\"}", LATEST)
                        .addText(padded + "x".repeat(room + 1) + "\"}", LATEST);

        EventAcceptance acceptance = EventAcceptance.of(log.records(), LATER);

        assertThat(log.records().get(0).value()).hasSize(SegmentRecordParser.MAX_VALUE_BYTES);
        assertThat(acceptance.accepted()).hasSize(1);
        assertThat(acceptance.rejections())
                .extracting(Rejection::reason)
                .containsExactly("too_large");
    }

    private static SegmentEvent search(String user, Instant at) {
        return track("Search Performed").user(user).at(at);
    }

    private static List<String> identities(EventAcceptance acceptance) {
        return acceptance.accepted().stream().map(AcceptedEvent::identity).toList();
    }
}
