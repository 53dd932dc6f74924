package dev.okr.bench.internal;

import java.lang.management.ManagementFactory;

/**
 * One measured run: the rate in records (or events) per second of wall time, and the CPU time this
 * JVM spent per record between the first record and the last. CPU per record is far less sensitive
 * than the rate to other work on a shared machine; the broker's CPU, the same for every reader, is
 * in another process and not counted.
 */
public record Measured(double rate, double cpuMicrosPerRecord) {

    /** The CPU time of this JVM so far, in nanoseconds (all its threads, JIT and GC included). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static Measured of(
            long records, long startNanos, long endNanos, long startCpu, long endCpu) {
        return new Measured(
                records / ((endNanos - startNanos) / 1e9), (endCpu - startCpu) / 1e3 / records);
    }
}
