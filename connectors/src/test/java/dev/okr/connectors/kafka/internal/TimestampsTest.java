package dev.okr.connectors.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final long SEED = 20261123L;

    @Test
    void readsTheCommonLayoutWithMillisecondsAndZ() {
        assertThat(Timestamps.parseEpochMillis("2026-11-23T10:00:00.123Z"))
                .isEqualTo(Instant.parse("2026-11-23T10:00:00.123Z").toEpochMilli());
        assertThat(Timestamps.fastEpochMillis("2026-11-23T10:00:00.123Z"))
                .as("the common layout takes the fast path")
                .isEqualTo(Instant.parse("2026-11-23T10:00:00.123Z").toEpochMilli());
    }

    @Test
    void equalsOffsetDateTimeParseOnRandomInstantsInEveryCommonLayout() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200_000; i++) {
            String text = randomTimestamp(random);
            long expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();
            assertThat(Timestamps.parseEpochMillis(text)).as(text).isEqualTo(expected);
            long fast = Timestamps.fastEpochMillis(text);
            assertThat(fast == Long.MIN_VALUE || fast == expected).as(text).isTrue();
        }
    }

    @Test
    void fastPathTakesEveryLayoutItIsMeantFor() {
        for (String text :
                new String[] {
                    "2026-11-23T10:00:00Z",
                    "2026-11-23T10:00:00.1Z",
                    "2026-11-23T10:00:00.123456789Z",
                    "2026-11-23T10:00:00.123+02:00",
                    "2026-11-23T10:00:00-07:30",
                    "2024-02-29T23:59:59.999+18:00"
                }) {
            assertThat(Timestamps.fastEpochMillis(text))
                    .as(text)
                    .isEqualTo(OffsetDateTime.parse(text).toInstant().toEpochMilli());
        }
    }

    @Test
    void agreesWithJavaTimeOnMutatedInputsValidOrNot() {
        Random random = new Random(SEED + 1);
        String alphabet = "0123456789-:.TZ+ z";
        for (int i = 0; i < 100_000; i++) {
            char[] chars = randomTimestamp(random).toCharArray();
            chars[random.nextInt(chars.length)] =
                    alphabet.charAt(random.nextInt(alphabet.length()));
            String text = new String(chars);
            Long expected;
            try {
                expected =
                        OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                                .toInstant()
                                .toEpochMilli();
            } catch (DateTimeException e) {
                expected = null;
            }
            if (expected == null) {
                assertThatThrownBy(() -> Timestamps.parseEpochMillis(text))
                        .as(text)
                        .isInstanceOf(DateTimeException.class);
            } else {
                assertThat(Timestamps.parseEpochMillis(text)).as(text).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T10:00:00Z",
                "2026-11-23T24:00:00Z",
                "2026-11-23T10:00:00",
                "2026-11-23 10:00:00Z",
                "2026-11-23T10:00:00+19:00",
                "yesterday",
                ""
            })
    void rejectsWhatJavaTimeRejects(String text) {
        assertThatThrownBy(() -> Timestamps.parseEpochMillis(text))
                .isInstanceOf(DateTimeException.class);
    }

    private static String randomTimestamp(Random random) {
        long seconds = -2_000_000_000L + (long) (random.nextDouble() * 6_000_000_000L);
        int nanos = random.nextInt(1_000_000_000);
        ZoneOffset offset =
                switch (random.nextInt(3)) {
                    case 0 -> ZoneOffset.UTC;
                    default -> ZoneOffset.ofTotalSeconds((random.nextInt(73) - 36) * 1800);
                };
        OffsetDateTime time = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
        String base = time.toLocalDateTime().withNano(0).toString();
        if (base.length() == 16) {
            base += ":00";
        }
        int digits = random.nextInt(10);
        String fraction =
                digits == 0 ? "" : "." + String.format("%09d", nanos).substring(0, digits);
        String zone =
                offset.equals(ZoneOffset.UTC) && random.nextBoolean()
                        ? "Z"
                        : offset.getId().equals("Z") ? "+00:00" : offset.getId();
        return base + fraction + zone;
    }
}
