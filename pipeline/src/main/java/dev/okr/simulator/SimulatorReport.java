package dev.okr.simulator;

/**
 * What a simulator run published.
 *
 * @param records every record sent
 * @param malformed those meant to be rejected
 * @param duplicates those repeating an earlier record
 */
public record SimulatorReport(long records, long malformed, long duplicates) {

    @Override
    public String toString() {
        return records + " records (" + malformed + " malformed, " + duplicates + " duplicates)";
    }
}
