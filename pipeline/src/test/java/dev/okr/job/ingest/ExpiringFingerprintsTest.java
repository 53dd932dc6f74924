package dev.okr.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpiringFingerprintsTest {

    /** A fingerprint as the oracle keys it. */
    private record Fingerprint(long high, long low) {}

    @Test
    void addsEachFingerprintOnce() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        assertThat(set.add(1, 2, 100)).isTrue();
        assertThat(set.add(1, 2, 200)).as("already there").isFalse();
        assertThat(set.add(2, 1, 100)).as("high and low are not interchangeable").isTrue();
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.forgetExpired(100))
                .as("the first expiry is kept, not the duplicate's")
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void fingerprintsThatShareTheirSlotBitsAreKeptApart() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        for (long low = 0; low < 100; low++) {
            assertThat(set.add(1L << 40, low, 100 + low)).isTrue();
        }
        for (long low = 0; low < 100; low++) {
            assertThat(set.add(1L << 40, low, 0)).isFalse();
        }
        assertThat(set.size()).isEqualTo(100);
    }

    @Test
    void theZeroFingerprintIsStoredAsOne() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        assertThat(set.add(0, 0, 100)).isTrue();
        assertThat(set.add(0, 0, 100)).isFalse();
        assertThat(set.add(0, 1, 100)).as("merged with zero").isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void forgettingReturnsTheEarliestExpiryLeft() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        set.add(1, 1, 300);
        set.add(2, 2, 100);
        set.add(3, 3, 200);
        assertThat(set.forgetExpired(99)).isEqualTo(100);
        assertThat(set.forgetExpired(100)).isEqualTo(200);
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.add(2, 2, 500)).as("forgotten, so new again").isTrue();
        assertThat(set.add(3, 3, 500)).isFalse();
        assertThat(set.forgetExpired(1000)).isEqualTo(Long.MAX_VALUE);
        assertThat(set.size()).isZero();
    }

    @Test
    void aCopyIsIndependent() {
        ExpiringFingerprints set = new ExpiringFingerprints();
        set.add(1, 1, 100);
        ExpiringFingerprints copy = set.copy();
        for (int i = 2; i < 50; i++) {
            set.add(i, i, 100);
        }
        assertThat(copy.size()).isEqualTo(1);
        assertThat(copy.add(2, 2, 100)).isTrue();
        assertThat(set).isNotEqualTo(copy);
    }

    @Test
    void agreesWithAMapFedTheSameRandomAddsAndSweeps() {
        Random random = new Random(20261205);
        ExpiringFingerprints set = new ExpiringFingerprints();
        Map<Fingerprint, Long> oracle = new HashMap<>();
        long now = 0;
        for (int step = 0; step < 200_000; step++) {
            if (random.nextInt(5000) == 0) {
                now += random.nextInt(1000);
                final long time = now;
                oracle.values().removeIf(expires -> expires <= time);
                long earliest = oracle.values().stream().min(Long::compare).orElse(Long.MAX_VALUE);
                assertThat(set.forgetExpired(time)).isEqualTo(earliest);
            } else {
                // Few distinct values, so that many adds are repeats and slots collide; never
                // the zero fingerprint, which the set merges with (0, 1).
                Fingerprint f =
                        new Fingerprint(random.nextInt(20_000) * 1024L, 1 + random.nextInt(3));
                long expires = now + 1 + random.nextInt(2000);
                boolean added = oracle.putIfAbsent(f, expires) == null;
                assertThat(set.add(f.high(), f.low(), expires)).isEqualTo(added);
            }
            assertThat(set.size()).isEqualTo(oracle.size());
        }
        assertThat(oracle).hasSizeGreaterThan(1000);
    }
}
