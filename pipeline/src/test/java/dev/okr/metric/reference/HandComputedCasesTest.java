package dev.okr.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.okrfile.OkrSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HandComputedCasesTest {

    static Stream<HandComputedCase> cases() {
        return HandComputedCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReferenceReadsWhatWasComputedByHand(HandComputedCase hand) {
        ReadingSet readings =
                ReferenceMetricEngine.compute(hand.okrs(), hand.records(), hand.asOf());

        assertThat(hand.differences(readings)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReferenceRejectsExactlyTheRecordsTheCaseNames(HandComputedCase hand) {
        EventAcceptance acceptance = EventAcceptance.of(hand.records(), hand.asOf());

        List<Expectation.Rejected> rejected =
                acceptance.rejections().stream()
                        .map(r -> new Expectation.Rejected(r.index(), r.reason()))
                        .toList();
        assertThat(rejected).containsExactlyElementsOf(hand.expectedRejections());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyExpectationFailsOnReadingsThatAreSlightlyWrong(HandComputedCase hand) {
        OkrSet okrs = hand.okrs();
        ReadingSet right = ReferenceMetricEngine.compute(okrs, hand.records(), hand.asOf());
        // Off by 2%, beyond the 1% a percentile may be off; and 0 where there was no value.
        ReadingSet wrong =
                map(
                        right,
                        v ->
                                v.isPresent()
                                        ? OptionalDouble.of(v.getAsDouble() * 1.02 + 0.5)
                                        : OptionalDouble.of(0));
        ReadingSet lastReadingLost = withoutLastReadings(right);

        for (Expectation expectation : hand.expectations()) {
            List<String> differences = new ArrayList<>();
            if (expectation instanceof Expectation.ReadingCount) {
                expectation.check(okrs, lastReadingLost, differences);
            } else if (expectation instanceof Expectation.WindowValue w && w.value().isEmpty()) {
                expectation.check(okrs, withWindow(right, w), differences);
            } else if (!(expectation instanceof Expectation.Rejected)) {
                expectation.check(okrs, wrong, differences);
            } else {
                continue;
            }
            assertThat(differences).as("%s on wrong readings", expectation).isNotEmpty();
        }
    }

    private static ReadingSet map(ReadingSet set, UnaryOperator<OptionalDouble> f) {
        DoubleUnaryOperator g = v -> f.apply(OptionalDouble.of(v)).getAsDouble();
        return new ReadingSet(
                set.readings().stream()
                        .map(
                                r ->
                                        new KrReading(
                                                r.kr(),
                                                r.at(),
                                                f.apply(r.value()),
                                                f.apply(r.liveValue())))
                        .collect(Collectors.toSet()),
                set.windows().stream()
                        .map(
                                w ->
                                        new WindowReading(
                                                w.kr(),
                                                w.window(),
                                                w.start(),
                                                g.applyAsDouble(w.value())))
                        .collect(Collectors.toSet()));
    }

    private static ReadingSet withWindow(ReadingSet set, Expectation.WindowValue w) {
        var windows = new HashSet<>(set.windows());
        windows.add(new WindowReading(w.kr(), w.window(), w.start(), 0));
        return new ReadingSet(set.readings(), windows);
    }

    private static ReadingSet withoutLastReadings(ReadingSet set) {
        var last =
                set.readings().stream()
                        .collect(
                                Collectors.groupingBy(
                                        KrReading::kr,
                                        Collectors.maxBy(Comparator.comparing(KrReading::at))));
        return new ReadingSet(
                set.readings().stream()
                        .filter(r -> !last.get(r.kr()).orElseThrow().equals(r))
                        .collect(Collectors.toSet()),
                set.windows());
    }
}
