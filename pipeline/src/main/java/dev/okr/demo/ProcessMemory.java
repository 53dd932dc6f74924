package dev.okr.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The resident memory of a process, from Linux's {@code /proc}; empty elsewhere. */
final class ProcessMemory {

    private ProcessMemory() {}

    /** Resident set size in bytes of process {@code pid}, when the system tells. */
    static OptionalLong residentBytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kb) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process has just exited: the status line shows no figure.
            return OptionalLong.empty();
        }
    }

    /** {@code 1.2 GB}, {@code 350 MB}. */
    static String format(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1024 ? String.format("%.1f GB", mb / 1024) : String.format("%.0f MB", mb);
    }
}
