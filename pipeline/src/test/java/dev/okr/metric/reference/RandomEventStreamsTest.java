package dev.okr.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.metric.reference.SegmentRecordParser.Valid;
import dev.okr.okrfile.Baseline;
import dev.okr.okrfile.Goal;
import dev.okr.okrfile.InvalidOkrFileException;
import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.RetentionMode;
import dev.okr.okrfile.metric.Statistic;
import dev.okr.okrfile.metric.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RandomEventStreamsTest {

    private static final Instant END = RandomEventStreams.end();
    private static RandomEventStream stream;
    private static EventAcceptance acceptance;

    @BeforeAll
    static void generate() {
        stream = RandomEventStreams.generate(20261025L);
        acceptance = EventAcceptance.of(stream.records(), END);
    }

    @Test
    void theSameSeedGivesTheSameTopic() {
        assertThat(RandomEventStreams.generate(20261025L, 20, 5).records())
                .isEqualTo(RandomEventStreams.generate(20261025L, 20, 5).records());
        assertThat(RandomEventStreams.generate(1L, 20, 5).records())
                .isNotEqualTo(RandomEventStreams.generate(2L, 20, 5).records());
    }

    @Test
    void theTopicHoldsThousandsOfEventsOfHundredsOfUsersSomeAnonymous() {
        Set<String> identities =
                acceptance.accepted().stream()
                        .map(AcceptedEvent::identity)
                        .collect(Collectors.toSet());

        assertThat(acceptance.accepted()).hasSizeGreaterThan(5_000);
        assertThat(identities).hasSizeGreaterThan(300);
        assertThat(identities.stream().filter(i -> i.startsWith("visitor-")))
                .as("anonymous-only visitors")
                .hasSizeGreaterThan(30);
    }

    @Test
    void everyEventAndPropertyTheExampleFilesReadIsThere() throws Exception {
        Map<String, Set<String>> vocabulary = ExampleVocabulary.of(exampleOkrs());
        vocabulary.putAll(ExampleVocabulary.of(RandomEventStreams.okrs()));

        List<String> missing = new ArrayList<>();
        vocabulary.forEach(
                (event, properties) -> {
                    List<AcceptedEvent> named =
                            acceptance.accepted().stream()
                                    .filter(
                                            e ->
                                                    event.equals(ExampleVocabulary.ANY)
                                                            ? e.isActivity()
                                                            : e.isTrack(event))
                                    .toList();
                    if (named.isEmpty()) {
                        missing.add(event);
                    }
                    for (String property : properties) {
                        if (named.stream().noneMatch(e -> e.get(property) != null)) {
                            missing.add(event + "." + property);
                        }
                    }
                });
        assertThat(vocabulary).containsKeys("Signed Up", "Health Check", "Ad Spend Recorded");
        assertThat(missing).isEmpty();
    }

    @Test
    void theOkrFileCoversEveryMetricTypeAndWindow() {
        List<KeyResult> krs = RandomEventStreams.okrs().keyResults();
        List<Metric> metrics = new ArrayList<>();
        for (KeyResult kr : krs) {
            metrics.add(kr.metric());
            if (kr.metric() instanceof RatioMetric ratio) {
                metrics.add(ratio.numerator());
                metrics.add(ratio.denominator());
            }
        }

        assertThat(metrics.stream().map(Metric::type).distinct())
                .containsExactlyInAnyOrder(
                        "active_users",
                        "count",
                        "sum",
                        "average",
                        "min",
                        "max",
                        "percentile",
                        "ratio",
                        "nps",
                        "duration",
                        "retention",
                        "conversion");
        assertThat(
                        krs.stream()
                                .filter(
                                        k ->
                                                !(k.metric() instanceof RetentionMetric
                                                        || k.metric() instanceof ConversionMetric))
                                .map(k -> k.metric().window()))
                .containsAll(List.of(Window.values()));
        assertThat(
                        metrics.stream()
                                .filter(DurationMetric.class::isInstance)
                                .map(m -> ((DurationMetric) m).statistic().kind())
                                .distinct())
                .containsExactlyInAnyOrder(Statistic.Kind.values());
        assertThat(
                        metrics.stream()
                                .filter(RetentionMetric.class::isInstance)
                                .map(m -> ((RetentionMetric) m).mode())
                                .distinct())
                .containsExactlyInAnyOrder(RetentionMode.values());
        assertThat(krs)
                .anyMatch(k -> k.deadline().isPresent())
                .anyMatch(
                        k ->
                                k.goal() instanceof Goal.Move move
                                        && move.baseline() instanceof Baseline.Auto);
    }

    @Test
    void everyReasonCodeOccurs() {
        assertThat(acceptance.rejections().stream().map(Rejection::reason).distinct())
                .containsExactlyInAnyOrder(
                        "malformed_json",
                        "not_an_object",
                        "missing_identity",
                        "missing_timestamp",
                        "bad_timestamp",
                        "future_timestamp",
                        "too_large",
                        "too_late");
    }

    @Test
    void duplicatesComeByMessageIdAndByContent() {
        long withoutMessageId =
                stream.records().stream().filter(r -> !r.text().contains("\"messageId\"")).count();

        assertThat(acceptance.duplicates()).isGreaterThan(100);
        assertThat(withoutMessageId).as("records deduplicated by content").isGreaterThan(300);
    }

    @Test
    void lateEventsAreWellInsideOrWellOutsideTheBound() {
        List<Duration> lags = lagsBehindTheLatestEventTime();

        assertThat(lags)
                .allMatch(
                        lag ->
                                lag.compareTo(Duration.ofHours(21)) <= 0
                                        || lag.compareTo(TopicDelivery.TOO_LATE) >= 0);
        assertThat(
                        lags.stream()
                                .filter(
                                        lag ->
                                                lag.compareTo(Duration.ofHours(1)) > 0
                                                        && lag.compareTo(Duration.ofHours(21))
                                                                <= 0))
                .as("out-of-order events that still count")
                .hasSizeGreaterThan(20);
        assertThat(lags.stream().filter(lag -> lag.compareTo(TopicDelivery.TOO_LATE) >= 0))
                .hasSize(stream.tooLateEventTimes().size())
                .hasSizeGreaterThan(5);
    }

    @Test
    void everyAsOfInstantOfThePeriodKeepsTooLateEventsClearOfTheBound() {
        OkrSet okrs = RandomEventStreams.okrs();
        Instant start = okrs.period().startIn(okrs.zone());

        for (Instant t = start; !t.isAfter(END); t = t.plus(Duration.ofMinutes(90))) {
            assertThat(stream.lateRuleIsClearAt(t)).as("T = %s", t).isTrue();
        }
        assertThat(stream.lateRuleIsClearAt(stream.tooLateEventTimes().get(0).plusSeconds(1)))
                .as("just after a too-late event, whether it counts depends on the watermark")
                .isFalse();
    }

    @Test
    void kafkaTimestampsFollowTheEventTimes() {
        List<Duration> delays =
                acceptance.accepted().stream()
                        .map(
                                e ->
                                        Duration.between(
                                                e.time(),
                                                stream.records().get(e.index()).kafkaTimestamp()))
                        .toList();

        assertThat(delays).allMatch(d -> !d.isNegative() && d.compareTo(Duration.ofHours(21)) < 0);
        assertThat(
                        acceptance.rejections().stream()
                                .filter(r -> r.reason().equals("future_timestamp")))
                .hasSizeGreaterThan(3);
    }

    @Test
    void theDaysCrossTheEndOfDaylightSavingTimeWithEventsInBothTwoOClockHours() {
        Instant firstTwoOClock = Instant.parse("2026-10-25T00:00:00Z");
        Instant secondTwoOClock = Instant.parse("2026-10-25T01:00:00Z");

        assertThat(acceptance.accepted().stream().map(AcceptedEvent::time))
                .anyMatch(t -> !t.isBefore(firstTwoOClock) && t.isBefore(secondTwoOClock))
                .anyMatch(
                        t ->
                                !t.isBefore(secondTwoOClock)
                                        && t.isBefore(secondTwoOClock.plus(Duration.ofHours(1))))
                .allMatch(t -> t.isBefore(END));
        assertThat(
                        acceptance.accepted().stream()
                                .map(e -> LocalDate.ofInstant(e.time(), RandomEventStreams.ZONE)))
                .contains(RandomEventStreams.FIRST_DAY, RandomEventStreams.LAST_DAY);
    }

    /** For every valid record, how far its event time is behind the latest before it. */
    private static List<Duration> lagsBehindTheLatestEventTime() {
        List<Duration> lags = new ArrayList<>();
        Instant latest = null;
        List<TimedRecord> records = stream.records();
        for (int i = 0; i < records.size(); i++) {
            if (SegmentRecordParser.parse(i, records.get(i)) instanceof Valid valid) {
                Instant time = valid.event().time();
                if (latest != null && time.isBefore(latest)) {
                    lags.add(Duration.between(time, latest));
                }
                latest = latest == null || time.isAfter(latest) ? time : latest;
            }
        }
        return lags;
    }

    private static OkrSet exampleOkrs() throws IOException, InvalidOkrFileException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return OkrFileLoader.load(
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
        }
    }
}
