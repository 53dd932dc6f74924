package dev.okr.bench.internal;

import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An OKR file with one key result that counts the freshness probes, in the period and time zone of
 * the OKR files it runs beside (files used together share them).
 */
final class ProbeOkrFile {

    static final String EVENT = "Bench Probe";
    static final String KEY_RESULT = "bench-probes";

    private ProbeOkrFile() {}

    static Path write(List<Path> beside, Path dir) throws Exception {
        OkrSet okrs = OkrFileLoader.load(beside);
        String yaml =
                """
                period: %s
                timezone: %s
                objectives:
                  - id: bench-freshness
                    title: Measure how fresh key results are
                    team: bench
                    owner: bench@example.com
                    key_results:
                      - id: %s
                        title: Count the probes of okr bench
                        metric: {type: count, events: [%s], window: period}
                        baseline: 0
                        target: 1000000
                """
                        .formatted(okrs.period().name(), okrs.zone().getId(), KEY_RESULT, EVENT);
        Path file = dir.resolve("bench-probe.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
