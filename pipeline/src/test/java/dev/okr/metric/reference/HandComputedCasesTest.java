package dev.okr.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
