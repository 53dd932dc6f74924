package dev.okr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.connectors.kafka.CallType;
import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.internal.SegmentEventParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant OCTOBER_1 = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant NOVEMBER_20 = Instant.parse("2026-11-20T00:00:00Z");

    private static Simulator.Builder simulator() {
        return Simulator.builder()
                .from(OCTOBER_1)
                .to(NOVEMBER_20)
                .count(60_000)
                .users(500)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<SimulatedRecord> history(Simulator simulator) {
        List<SimulatedRecord> records = new ArrayList<>();
        simulator.history().forEachRemaining(records::add);
        return records;
    }

    @Test
    void theSameSeedGivesTheSameHistoryByteForByte() {
        List<SimulatedRecord> first = history(simulator().seed(7).malformedShare(0.01).build());
        List<SimulatedRecord> second = history(simulator().seed(7).malformedShare(0.01).build());
        List<SimulatedRecord> other = history(simulator().seed(8).malformedShare(0.01).build());
        assertThat(first).hasSize(60_000).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).value()).isEqualTo(first.get(i).value());
            assertThat(second.get(i).kafkaTimestamp()).isEqualTo(first.get(i).kafkaTimestamp());
        }
        assertThat(other.get(100).value())
                .as("another seed, another history")
                .isNotEqualTo(first.get(100).value());
    }

    @Test
    void everyRecordParsesExceptTheIntendedMalformedShare() {
        List<SimulatedRecord> records =
                history(simulator().malformedShare(0.05).duplicateShare(0.01).build());
        SegmentEventParser parser = new SegmentEventParser();
        Map<RejectReason, Integer> malformed = new EnumMap<>(RejectReason.class);
        int duplicates = 0;
        for (SimulatedRecord r : records) {
            SegmentEvent event = parser.parse(r.value(), r.kafkaTimestamp());
            RejectReason intended = r.intendedReject();
            if (intended == null || intended == RejectReason.TOO_LATE) {
                assertThat(event)
                        .as(new String(r.value()) + " " + parser.rejectDetail())
                        .isNotNull();
            } else {
                assertThat(event).isNull();
                assertThat(parser.rejectReason()).isEqualTo(intended);
            }
            if (intended != null) {
                malformed.merge(intended, 1, Integer::sum);
            }
            duplicates += r.duplicate() ? 1 : 0;
        }
        int bad = malformed.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(bad / (double) records.size()).isBetween(0.04, 0.06);
        assertThat(duplicates / (double) records.size()).isBetween(0.007, 0.013);
        assertThat(malformed.keySet())
                .as("every reason the simulator can produce")
                .containsExactlyInAnyOrder(Malformations.REASONS);
    }

    @Test
    void coversEveryEventAndCallOfTheEventCatalog() throws IOException {
        SegmentEventParser parser = new SegmentEventParser();
        Set<String> tracks = new HashSet<>();
        Set<String> pages = new HashSet<>();
        Set<String> screens = new HashSet<>();
        Set<CallType> calls = EnumSet.noneOf(CallType.class);
        for (SimulatedRecord r : history(simulator().build())) {
            SegmentEvent e = parser.parse(r.value(), r.kafkaTimestamp());
            calls.add(e.type());
            switch (e.type()) {
                case TRACK -> tracks.add(e.event());
                case PAGE -> pages.add(e.name());
                case SCREEN -> screens.add(e.name());
                default -> {}
            }
        }
        String catalog = Files.readString(Path.of("..", "docs", "events.md"));
        assertThat(tracks).containsAll(trackEvents(catalog));
        assertThat(pages).contains("Home", "Dashboard", "Pricing", "Settings", "Docs");
        assertThat(screens).contains("Home", "Project", "Settings");
        assertThat(calls).containsExactlyInAnyOrder(CallType.values());
    }

    @Test
    void theHistoryStaysInsideTheRangeAndIsNearlyInOrder() {
        List<SimulatedRecord> records = history(simulator().build());
        long max = records.get(0).kafkaTimestamp();
        long worstDisorder = 0;
        for (SimulatedRecord r : records) {
            assertThat(r.kafkaTimestamp())
                    .isBetween(
                            OCTOBER_1.toEpochMilli(),
                            NOVEMBER_20.plus(Duration.ofHours(1)).toEpochMilli());
            worstDisorder = Math.max(worstDisorder, max - r.kafkaTimestamp());
            max = Math.max(max, r.kafkaTimestamp());
        }
        assertThat(Duration.ofMillis(worstDisorder))
                .as("within the default out-of-orderness bound")
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aResumedHistoryIsTheRestOfTheSameHistory() {
        List<SimulatedRecord> whole = history(simulator().malformedShare(0.01).build());
        Instant cut = Instant.ofEpochMilli(whole.get(whole.size() / 2).kafkaTimestamp());
        List<SimulatedRecord> rest =
                history(simulator().malformedShare(0.01).publishAfter(cut).build());
        List<SimulatedRecord> expected =
                whole.stream().filter(r -> r.kafkaTimestamp() > cut.toEpochMilli()).toList();
        assertThat(rest).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < rest.size(); i++) {
            assertThat(rest.get(i).value()).isEqualTo(expected.get(i).value());
        }
    }

    @Test
    void theProductHasCustomersFromBeforeTheRangeWhoRenewInItsFirstMonth() {
        List<SimulatedRecord> records = history(simulator().build());
        long firstMonthEnd = OCTOBER_1.plus(Duration.ofDays(30)).toEpochMilli();
        long renewals =
                records.stream()
                        .filter(r -> r.kafkaTimestamp() < firstMonthEnd)
                        .filter(r -> new String(r.value()).contains("\"Subscription Renewed\""))
                        .count();
        assertThat(renewals)
                .as("renewals before any subscription of the range is a month old")
                .isGreaterThan(10);
    }

    @Test
    void theLiveRateDefaultsToTheHistorysDensity() {
        assertThat(simulator().eventsPerSecond(3).build().liveEventsPerSecond).isEqualTo(3);
        assertThat(
                        simulator()
                                .eventsPerSecond(0.1)
                                .liveEventsPerSecond(4)
                                .build()
                                .liveEventsPerSecond)
                .isEqualTo(4);
    }

    /** The track events of the catalog's table: rows like {@code | `Signed Up` | ... |}. */
    private static Set<String> trackEvents(String catalog) {
        String section = catalog.substring(catalog.indexOf("## Track events"));
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(section);
        Set<String> events = new HashSet<>();
        while (m.find()) {
            events.add(m.group(1));
        }
        assertThat(events).as("the catalog lists track events").hasSizeGreaterThan(20);
        return events;
    }
}
