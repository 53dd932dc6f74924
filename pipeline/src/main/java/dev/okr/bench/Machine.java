package dev.okr.bench;

/**
 * What the figures were measured on: the numbers only mean something beside the machine.
 *
 * @param loadBefore the one-minute load average when the bench started, or -1 when unknown
 * @param loadAfter the same when it ended
 */
public record Machine(
        String cpu,
        int cores,
        long memoryBytes,
        String os,
        String jdk,
        String flink,
        String kafka,
        String influxdb,
        double loadBefore,
        double loadAfter) {

    public Machine withLoadAfter(double load) {
        return new Machine(
                cpu, cores, memoryBytes, os, jdk, flink, kafka, influxdb, loadBefore, load);
    }
}
