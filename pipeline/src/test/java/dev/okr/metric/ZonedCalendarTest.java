package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZonedCalendarTest {

    private static final ZonedCalendar OSLO = new ZonedCalendar(ZoneId.of("Europe/Oslo"));

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void aDayStartsAtLocalMidnight() {
        // 2026-11-23 00:30 in Oslo (UTC+1) is 2026-11-22T23:30Z.
        long t = at("2026-11-22T23:30:00Z");
        assertThat(OSLO.dayStart(t)).isEqualTo(at("2026-11-22T23:00:00Z"));
        assertThat(OSLO.dayEnd(t)).isEqualTo(at("2026-11-23T23:00:00Z"));
        assertThat(OSLO.localDate(t)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theDayClocksGoBackLastsTwentyFiveHours() {
        long t = at("2026-10-25T12:00:00Z"); // Oslo leaves summer time on 2026-10-25.
        assertThat(OSLO.dayEnd(t) - OSLO.dayStart(t)).isEqualTo(25 * 3_600_000L);
    }

    @Test
    void theDayClocksGoForwardLastsTwentyThreeHours() {
        long t = at("2026-03-29T12:00:00Z");
        assertThat(OSLO.dayEnd(t) - OSLO.dayStart(t)).isEqualTo(23 * 3_600_000L);
    }

    @Test
    void theRepeatedAutumnHourIsTwoHours() {
        // 02:00-03:00 local happens twice on 2026-10-25: at 00:00Z (UTC+2) and 01:00Z (UTC+1).
        long first = at("2026-10-25T00:30:00Z");
        long second = at("2026-10-25T01:30:00Z");
        assertThat(OSLO.hourStart(first)).isEqualTo(at("2026-10-25T00:00:00Z"));
        assertThat(OSLO.hourStart(second)).isEqualTo(at("2026-10-25T01:00:00Z"));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        long sunday = at("2026-11-29T12:00:00Z");
        assertThat(OSLO.weekStart(sunday)).isEqualTo(at("2026-11-22T23:00:00Z")); // Mon 23rd
        assertThat(OSLO.weekEnd(sunday)).isEqualTo(at("2026-11-29T23:00:00Z"));
        assertThat(OSLO.monthStart(sunday)).isEqualTo(at("2026-10-31T23:00:00Z"));
        assertThat(OSLO.monthEnd(sunday)).isEqualTo(at("2026-11-30T23:00:00Z"));
    }

    @Test
    void dayNumbersRoundTrip() {
        long t = at("2026-11-23T10:00:00Z");
        long day = OSLO.dayNumber(t);
        assertThat(OSLO.startOfDay(day)).isEqualTo(OSLO.dayStart(t));
        assertThat(OSLO.dayNumber(OSLO.dayEnd(t))).isEqualTo(day + 1);
    }

    @ParameterizedTest
    @CsvSource({
        // half-hour offset, DST at 02:00 local
        "America/St_Johns, 2026-06-15T12:00:00Z, 2023-01-01T00:00:00Z, 2029-01-01T00:00:00Z",
        // half-hour DST shifts
        "Australia/Lord_Howe, 2026-06-15T12:00:00Z, 2023-01-01T00:00:00Z, 2029-01-01T00:00:00Z",
        // 30 December 2011 never happened there: the zone jumped a whole day
        "Pacific/Apia, 2011-12-01T00:00:00Z, 2009-01-01T00:00:00Z, 2014-01-01T00:00:00Z"
    })
    void everyInstantOfYearsAgreesWithTheZoneRulesWhereverTheFirstQuestionWas(
            String zoneId, String firstQuestion, String from, String until) {
        // A fresh calendar remembers the days around its first question; instants years away
        // and the edges of what it remembers must give the same answers as java.time.
        ZoneId zone = ZoneId.of(zoneId);
        ZonedCalendar calendar = new ZonedCalendar(zone);
        calendar.dayStart(at(firstQuestion));
        long step = 7 * 3_600_000L + 13 * 60_000L + 17_000L;
        for (long t = at(from); t < at(until); t += step) {
            java.time.ZonedDateTime local = Instant.ofEpochMilli(t).atZone(zone);
            LocalDate date = local.toLocalDate();
            long start = date.atStartOfDay(zone).toInstant().toEpochMilli();
            long end = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            String why = Instant.ofEpochMilli(t) + " (" + local + ")";
            assertThat(calendar.localDate(t)).as(why).isEqualTo(date);
            assertThat(calendar.dayStart(t)).as(why).isEqualTo(start);
            assertThat(calendar.dayEnd(t)).as(why).isEqualTo(end);
            assertThat(calendar.dayNumber(t)).as(why).isEqualTo(date.toEpochDay());
            assertThat(calendar.startOfDay(date.toEpochDay())).as(why).isEqualTo(start);
            assertThat(calendar.dayStart(start)).as(why).isEqualTo(start);
            assertThat(calendar.dayStart(end - 1)).as(why).isEqualTo(start);
        }
    }
}
