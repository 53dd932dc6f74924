package dev.okr.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class ExpiringFingerprintsTest {

    /** A minute, the unit the set keeps expiries in. */
    private static final long M = 60_000;

    /** A fingerprint as the oracle keys it. */
    private record Fingerprint(long high, int low) {}

    @Test
    void addsEachFingerprintOnce() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        assertThat(set.add(1, 2, 100 * M)).isTrue();
        assertThat(set.add(1, 2, 200 * M)).as("already there").isFalse();
        assertThat(set.add(2, 1, 100 * M)).as("high and low are not interchangeable").isTrue();
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.forgetExpired(100 * M))
                .as("the first expiry is kept, not the duplicate's")
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void fingerprintsThatShareTheirSlotBitsAreKeptApart() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        for (int low = 0; low < 100; low++) {
            assertThat(set.add(1L << 40, low, (100 + low) * M)).isTrue();
        }
        for (int low = 0; low < 100; low++) {
            assertThat(set.add(1L << 40, low, 0)).isFalse();
        }
        assertThat(set.size()).isEqualTo(100);
    }

    @Test
    void theZeroFingerprintIsStoredAsOne() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        assertThat(set.add(0, 0, 100 * M)).isTrue();
        assertThat(set.add(0, 0, 100 * M)).isFalse();
        assertThat(set.add(0, 1, 100 * M)).as("merged with zero").isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void forgettingReturnsTheEarliestExpiryLeft() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        set.add(1, 1, 300 * M);
        set.add(2, 2, 100 * M);
        set.add(3, 3, 200 * M);
        assertThat(set.forgetExpired(99 * M)).isEqualTo(100 * M);
        assertThat(set.forgetExpired(100 * M)).isEqualTo(200 * M);
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.add(2, 2, 500 * M)).as("forgotten, so new again").isTrue();
        assertThat(set.add(3, 3, 500 * M)).isFalse();
        assertThat(set.forgetExpired(1000 * M)).isEqualTo(Long.MAX_VALUE);
        assertThat(set.size()).isZero();
    }

    @Test
    void anExpiryIsKeptAsTheMinuteAtOrAfterIt() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        set.add(1, 1, 100 * M + 1);
        set.add(2, 2, 100 * M);
        assertThat(set.forgetExpired(100 * M)).isEqualTo(101 * M);
        assertThat(set.forgetExpired(101 * M - 1)).as("never forgotten early").isEqualTo(101 * M);
        assertThat(set.forgetExpired(101 * M)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void expiriesBeyondTheMinutesKeptAreHeldAtTheirEnds() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        set.add(1, 1, -5 * M);
        set.add(2, 2, Long.MAX_VALUE);
        assertThat(set.forgetExpired(-1)).as("before 1970: kept until 1970").isEqualTo(0);
        long lastMinute = 0xFFFF_FFFFL * M;
        assertThat(set.forgetExpired(0))
                .as("the far future: kept until the last minute, not taken for an empty set")
                .isEqualTo(lastMinute);
        assertThat(set.add(2, 2, 0)).isFalse();
        assertThat(set.forgetExpired(lastMinute)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void fingerprintsThatDifferInTheirLowBitsOnlyAreKeptApart() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        assertThat(set.add(7, 1, 100 * M)).isTrue();
        assertThat(set.add(7, -1, 100 * M)).isTrue();
        assertThat(set.add(7, Integer.MIN_VALUE, 100 * M)).isTrue();
        assertThat(set.add(7, -1, 200 * M)).isFalse();
        assertThat(set.size()).isEqualTo(3);
    }

    @Test
    void aCopyIsIndependent() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        set.add(1, 1, 100 * M);
        ExpiringFingerprints copy = set.copy();
        for (int i = 2; i < 50; i++) {
            set.add(i, i, 100 * M);
        }
        assertThat(copy.size()).isEqualTo(1);
        assertThat(copy.add(2, 2, 100 * M)).isTrue();
        assertThat(set).isNotEqualTo(copy);
    }

    @Test
    void aSweepKeepsTheTablesRoomForTheKeysToCome() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        for (int i = 1; i <= 300; i++) {
            set.add(i * 0x9E3779B97F4A7C15L, i, (i <= 200 ? 100 : 200) * M);
        }
        int room = set.capacity();
        assertThat(set.forgetExpired(100 * M)).isEqualTo(200 * M);
        assertThat(set.size()).isEqualTo(100);
        assertThat(set.capacity()).as("not shrunk, to grow again by doubling").isEqualTo(room);
        for (int i = 201; i <= 300; i++) {
            assertThat(set.add(i * 0x9E3779B97F4A7C15L, i, 0)).as("kept").isFalse();
        }
        for (int i = 1; i <= 200; i++) {
            assertThat(set.add(i * 0x9E3779B97F4A7C15L, i, 300 * M)).as("forgotten").isTrue();
        }
        assertThat(set.capacity()).as("room enough for them all again").isEqualTo(room);
    }

    @Test
    void aTableLeftNearlyEmptyShrinks() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        for (int i = 1; i <= 1000; i++) {
            set.add(i * 0x9E3779B97F4A7C15L, i, (i <= 990 ? 100 : 200) * M);
        }
        int room = set.capacity();
        set.forgetExpired(100 * M);
        assertThat(set.capacity()).isLessThan(room / 8);
        for (int i = 991; i <= 1000; i++) {
            assertThat(set.add(i * 0x9E3779B97F4A7C15L, i, 0)).as("kept").isFalse();
        }
    }

    /** Fingerprints whose slot bits all pick the same slot: one long run of occupied slots. */
    @Test
    void agreesWithAMapWhenAllKeysCollide() {
        agreesWithAMap(random -> random.nextInt(20_000) * 1024L);
    }

    /** Fingerprints that pick the table's last slots, so that their runs wrap around its end. */
    @Test
    void agreesWithAMapWhenRunsWrapAroundTheTablesEnd() {
        agreesWithAMap(random -> -1L - random.nextInt(8) - (random.nextInt(2_500) * 4096L));
    }

    @Test
    void agreesWithAMapWhenKeysSpread() {
        agreesWithAMap(random -> random.nextLong() | 1);
    }

    /** Random adds and sweeps, the same to the set and to a map, with highs from {@code highs}. */
    private static void agreesWithAMap(ToLongFunction<Random> highs) {
        Random random = new Random(20261205);
        ExpiringFingerprints set = new ExpiringFingerprints();
        Map<Fingerprint, Long> oracle = new HashMap<>();
        List<Fingerprint> added = new ArrayList<>();
        long now = 0;
        for (int step = 0; step < 200_000; step++) {
            if (random.nextInt(5000) == 0) {
                now += random.nextInt(1000);
                final long time = now * M + random.nextInt((int) M);
                oracle.values().removeIf(expires -> expires <= time);
                long earliest = oracle.values().stream().min(Long::compare).orElse(Long.MAX_VALUE);
                assertThat(set.forgetExpired(time)).isEqualTo(earliest);
                // Every key kept is still found (adding it again changes nothing).
                for (Fingerprint kept : oracle.keySet()) {
                    assertThat(set.add(kept.high(), kept.low(), 0)).as("kept %s", kept).isFalse();
                }
            } else {
                // Few distinct values, so that many adds are repeats; never the zero fingerprint,
                // which the set merges with (0, 1).
                Fingerprint f =
                        random.nextInt(4) == 0 && !added.isEmpty()
                                ? added.get(random.nextInt(added.size()))
                                : new Fingerprint(highs.applyAsLong(random), 1 + random.nextInt(3));
                added.add(f);
                // Any millisecond; the set keeps it as the minute at or after it.
                long expires = (now + 1 + random.nextInt(2000)) * M - random.nextInt((int) M);
                boolean isNew = oracle.putIfAbsent(f, -Math.floorDiv(-expires, M) * M) == null;
                assertThat(set.add(f.high(), f.low(), expires)).isEqualTo(isNew);
            }
            assertThat(set.size()).isEqualTo(oracle.size());
        }
        assertThat(oracle).hasSizeGreaterThan(1000);
    }
}
