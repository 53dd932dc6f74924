package dev.okr.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;

/**
 * What a demo keeps between runs, in {@code demo.properties}: where its simulated product's history
 * starts, the period its OKRs run over, and how far the product has been published. A second {@code
 * okr demo} reads it to go on where the first stopped: the same users, the same period, the events
 * in between published as history.
 *
 * @param historyFrom the start of the simulated history
 * @param periodStart the first day of the demo's OKR period
 * @param publishedThrough the event time of the newest event published, when any was
 */
public record DemoState(
        Instant historyFrom, LocalDate periodStart, Optional<Instant> publishedThrough) {

    /** The history a new demo starts with. */
    public static final Duration HISTORY = Duration.ofDays(60);

    static final String FILE = "demo.properties";

    /** A new demo's state: history from {@link #HISTORY} ago, a period 30 days in. */
    static DemoState fresh(Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new DemoState(
                now.minus(HISTORY),
                today.minusDays(DemoOkrFiles.DAYS_INTO_PERIOD),
                Optional.empty());
    }

    /** The state kept in {@code dir}, or a fresh one when there is none. */
    static DemoState loadOrFresh(Path dir, Clock clock) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return fresh(clock);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        try {
            return new DemoState(
                    Instant.parse(p.getProperty("history.from")),
                    LocalDate.parse(p.getProperty("period.start")),
                    Optional.ofNullable(p.getProperty("published.through")).map(Instant::parse));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    file
                            + " is damaged ("
                            + e.getMessage()
                            + "); start clean with okr demo --reset",
                    e);
        }
    }

    DemoState publishedThrough(Instant instant) {
        return new DemoState(historyFrom, periodStart, Optional.of(instant));
    }

    void save(Path dir) {
        Properties p = new Properties();
        p.setProperty("history.from", historyFrom.toString());
        p.setProperty("period.start", periodStart.toString());
        publishedThrough.ifPresent(t -> p.setProperty("published.through", t.toString()));
        Path file = dir.resolve(FILE);
        Path temp = dir.resolve(FILE + ".new");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "okr demo: where the simulated product goes on at the next start");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + temp, e);
        }
        try {
            Files.move(
                    temp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not replace " + file, e);
        }
    }
}
