package dev.okr.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.bench.internal.ThreadCpu.Kind;
import dev.okr.bench.internal.ThreadCpu.Sample;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadsAreToldByTheirNamesAsLinuxKeepsThem() {
        assertThat(Kind.of("GC Thread#1")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(Kind.of("G1 Conc#0")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(Kind.of("G1 Refine#0")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(Kind.of("G1 Main Marker")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(Kind.of("AsyncOperations")).isEqualTo(Kind.CHECKPOINT);
        assertThat(Kind.of("C2 CompilerThre")).isEqualTo(Kind.COMPILER);
        assertThat(Kind.of("deduplicate -> ")).isEqualTo(Kind.OTHER);
        assertThat(Kind.of("Source: kafka-e")).isEqualTo(Kind.OTHER);
    }

    @Test
    void aThreadCountsWhatItSpentSinceTheStartAndANewOneAllItSpent() {
        Map<String, Sample> before =
                Map.of(
                        "1", new Sample("GC Thread#0", 5_000_000_000L),
                        "2", new Sample("AsyncOperations", 1_000_000_000L),
                        "3", new Sample("per-key-metrics", 9_000_000_000L));
        Map<String, Sample> latest =
                Map.of(
                        "1", new Sample("GC Thread#0", 7_500_000_000L),
                        "2", new Sample("C2 CompilerThre", 300_000_000L),
                        "3", new Sample("per-key-metrics", 9_000_000_000L),
                        "4", new Sample("G1 Conc#0", 1_000_000_000L));

        Map<Kind, Double> spent = ThreadCpu.secondsSpent(before, latest);

        assertThat(spent.get(Kind.GARBAGE_COLLECTOR)).isCloseTo(3.5, within(1e-9));
        assertThat(spent.get(Kind.COMPILER))
                .as("an id given again to a thread of another name starts from zero")
                .isCloseTo(0.3, within(1e-9));
        assertThat(spent.get(Kind.CHECKPOINT)).isZero();
        assertThat(spent.get(Kind.OTHER)).isZero();
    }

    @Test
    void countsTheCpuTimeOfAThreadOfThisJvmByItsKind() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong spentNanos = new AtomicLong();
        CountDownLatch burnt = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        Thread busy =
                new Thread(
                        () -> {
                            long start = mx.getCurrentThreadCpuTime();
                            while (mx.getCurrentThreadCpuTime() - start < 300_000_000L) {
                                Thread.onSpinWait();
                            }
                            spentNanos.set(mx.getCurrentThreadCpuTime() - start);
                            burnt.countDown();
                            // Alive until counted, so that the last sample sees all it spent.
                            awaitQuietly(counted);
                        },
                        "AsyncOperations-thread-1");

        Map<Kind, Double> spent;
        try (ThreadCpu cpu = ThreadCpu.start()) {
            busy.start();
            burnt.await();
            spent = cpu.stop();
        } finally {
            counted.countDown();
            busy.join();
        }

        assertThat(spent.get(Kind.CHECKPOINT)).isCloseTo(spentNanos.get() / 1e9, within(0.05));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
