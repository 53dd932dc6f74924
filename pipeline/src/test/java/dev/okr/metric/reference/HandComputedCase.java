package dev.okr.metric.reference;

import dev.okr.okrfile.InvalidOkrFileException;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case small enough to compute with pen and paper: an OKR file, the records of a single-partition
 * topic in production order, the as-of instant of a bounded run, and what that run must read. The
 * arithmetic is in a comment beside each case in {@link HandComputedCases}.
 *
 * <p>To run a case against any implementation: load {@link #okrs()}, produce {@link #records()} in
 * order with their Kafka timestamps, run as of {@link #asOf()}, gather the readings into a {@link
 * ReadingSet}, and assert {@link #differences(ReadingSet)} is empty; check {@link
 * #expectedRejections()} against the dead-letter output.
 *
 * @param name a sentence that says what the case shows
 * @param okrYaml the OKR file
 * @param records the topic's records in production order
 * @param asOf the instant T of the bounded run
 * @param expectations what the run must read; other readings are not checked
 */
public record HandComputedCase(
        String name,
        String okrYaml,
        List<TimedRecord> records,
        Instant asOf,
        List<Expectation> expectations) {

    public HandComputedCase {
        records = List.copyOf(records);
        expectations = List.copyOf(expectations);
    }

    /** The OKR file, loaded and validated. */
    public OkrSet okrs() {
        try {
            return OkrFileLoader.loadText("case.yaml", okrYaml);
        } catch (InvalidOkrFileException e) {
            throw new IllegalStateException("the case \"" + name + "\" has an invalid OKR file", e);
        }
    }

    /** Every expectation {@code actual} contradicts, one readable line each. */
    public List<String> differences(ReadingSet actual) {
        OkrSet okrs = okrs();
        List<String> differences = new ArrayList<>();
        expectations.forEach(e -> e.check(okrs, actual, differences));
        return differences;
    }

    /** The records the run must send to the dead-letter topic, with their reason codes. */
    public List<Expectation.Rejected> expectedRejections() {
        return expectations.stream()
                .filter(Expectation.Rejected.class::isInstance)
                .map(Expectation.Rejected.class::cast)
                .toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
