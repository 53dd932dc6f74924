package dev.okr.metric.reference;

import static dev.okr.metric.reference.CaseText.TUE;
import static dev.okr.metric.reference.CaseText.WED;
import static dev.okr.metric.reference.CaseText.kr;
import static dev.okr.metric.reference.CaseText.okrFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.okrfile.InvalidOkrFileException;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingsComparisonTest {

    private static final OkrSet OKRS = okrs();

    @Test
    void identicalReadingsHaveNoDifferences() {
        ReadingSet set = readings(reading("count", TUE, 3), reading("p95", TUE, 190));

        assertThat(ReadingsComparison.of(OKRS, set, set).differences()).isEmpty();
    }

    @Test
    void eachDifferenceIsOneLineWithTheKeyResultTheLocalInstantAndBothValues() {
        ReadingSet expected = readings(reading("count", TUE, 3), reading("count", WED, 4));
        ReadingSet actual =
                readings(
                        reading("count", TUE, 3),
                        reading("count", WED, 5),
                        reading("count", Instant.parse("2026-11-05T00:00:00Z"), 1));

        assertThat(ReadingsComparison.of(OKRS, expected, actual).differences())
                .containsExactly(
                        "count at 2026-11-04T01:00+01:00 value: expected 4.0, actual 5.0",
                        "count at 2026-11-05T01:00+01:00: unexpected reading value 1.0, live_value no value");
    }

    @Test
    void aMissingReadingOrValueIsADifference() {
        ReadingSet expected = readings(reading("count", TUE, 3), reading("count", WED, 4));
        ReadingSet actual =
                readings(
                        new KrReading(
                                "count", TUE, OptionalDouble.empty(), OptionalDouble.empty()));

        assertThat(ReadingsComparison.of(OKRS, expected, actual).differences())
                .containsExactly(
                        "count at 2026-11-03T01:00+01:00 value: expected 3.0, actual no value",
                        "count at 2026-11-04T01:00+01:00: missing reading, expected value 4.0,"
                                + " live_value no value");
    }

    @Test
    void percentilesMayBeOnePercentOffAndEverythingElseMustBeEqual() {
        ReadingSet expected =
                readings(
                        reading("p95", TUE, 200),
                        reading("median", TUE, 200),
                        reading("mean", TUE, 200),
                        reading("count", TUE, 200));

        assertThat(
                        ReadingsComparison.of(
                                        OKRS,
                                        expected,
                                        readings(
                                                reading("p95", TUE, 201.9),
                                                reading("median", TUE, 198.1),
                                                reading("mean", TUE, 200 + 1e-8),
                                                reading("count", TUE, 200)))
                                .differences())
                .isEmpty();
        assertThat(
                        ReadingsComparison.of(
                                        OKRS,
                                        expected,
                                        readings(
                                                reading("p95", TUE, 202.1),
                                                reading("median", TUE, 197.9),
                                                reading("mean", TUE, 200.001),
                                                reading("count", TUE, 200.000001)))
                                .differences())
                .hasSize(4);
    }

    @Test
    void windowValuesAreComparedToo() {
        ReadingSet expected =
                new ReadingSet(
                        Set.of(),
                        Set.of(
                                new WindowReading("count", "day", TUE, 3),
                                new WindowReading("count", "day", WED, 1)));
        ReadingSet actual =
                new ReadingSet(
                        Set.of(),
                        Set.of(
                                new WindowReading("count", "day", TUE, 3),
                                new WindowReading("count", "week", TUE, 4)));

        assertThat(ReadingsComparison.of(OKRS, expected, actual).differences())
                .containsExactly(
                        "count window day from 2026-11-04T01:00+01:00: expected 1.0, actual no value",
                        "count window week from 2026-11-03T01:00+01:00: expected no window value,"
                                + " actual 4.0");
    }

    private static ReadingSet readings(KrReading... readings) {
        return new ReadingSet(Set.of(readings), Set.of());
    }

    private static KrReading reading(String kr, Instant at, double value) {
        return new KrReading(kr, at, OptionalDouble.of(value), OptionalDouble.empty());
    }

    private static OkrSet okrs() {
        String duration = "{type: duration, from: Signed Up, to: Project Created, statistic: ";
        try {
            return OkrFileLoader.loadText(
                    "comparison.yaml",
                    okrFile(
                            "period: {start: 2026-11-02, end: 2026-11-08}\ntimezone: Europe/Oslo\n",
                            kr("count", "{type: count}"),
                            kr("p95", "{type: percentile, property: latency_ms, p: 95}"),
                            kr("median", duration + "median}", "baseline: 10", "target: 5"),
                            kr("mean", duration + "mean}", "baseline: 10", "target: 5")));
        } catch (InvalidOkrFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
