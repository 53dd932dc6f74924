package dev.okr.bench.internal;

import dev.okr.bench.Machine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.apache.kafka.common.utils.AppInfoParser;

/** Reads what the machine is: CPU model (Linux {@code /proc/cpuinfo}), cores, memory, versions. */
public final class MachineProbe {

    private MachineProbe() {}

    public static Machine probe(InfluxHttpClient influx) {
        return new Machine(
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                memoryBytes(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                EnvironmentInformation.getVersion(),
                AppInfoParser.getVersion(),
                influx.version(),
                load(),
                -1);
    }

    /** The one-minute load average, or -1 where the system does not tell. */
    public static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static long memoryBytes() {
        return ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }
}
