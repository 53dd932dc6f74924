package dev.okr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStateTest {

    private static final Instant NOW = Instant.parse("2026-12-04T22:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aNewDemoHasSixtyDaysOfHistoryAndAPeriodThatBeganBeforeIt(@TempDir Path dir) {
        DemoState state = DemoState.loadOrFresh(dir, CLOCK);
        assertThat(state.historyFrom()).isEqualTo(Instant.parse("2026-10-05T22:00:00Z"));
        assertThat(state.periodStart())
                .isEqualTo(LocalDate.of(2026, 12, 4).minusDays(DemoOkrFiles.DAYS_INTO_PERIOD));
        assertThat(state.publishedThrough()).isEmpty();
    }

    @Test
    void aSavedStateIsWhereTheNextDemoGoesOn(@TempDir Path dir) {
        DemoState saved =
                DemoState.fresh(CLOCK).publishedThrough(Instant.parse("2026-12-04T21:59:58Z"));
        saved.save(dir);
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(3));
        assertThat(DemoState.loadOrFresh(dir, later)).isEqualTo(saved);
    }

    @Test
    void aDamagedStateSaysHowToStartClean(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(DemoState.FILE), "history.from=yesterday\n");
        assertThatThrownBy(() -> DemoState.loadOrFresh(dir, CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--reset");
    }
}
