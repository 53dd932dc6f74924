package dev.okr.connectors.influx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingRejectedLineHandlerTest {

    @Test
    void seesTheSameKindInRejectionsThatDifferOnlyInNumbers() {
        String first =
                LoggingRejectedLineHandler.kind(
                        400, "partial write: field type conflict: input field \"v\" dropped=1");
        String second =
                LoggingRejectedLineHandler.kind(
                        400, "partial write: field type conflict: input field \"v\" dropped=37");

        assertThat(first).isEqualTo(second);
        assertThat(LoggingRejectedLineHandler.kind(413, "too large")).isNotEqualTo(first);
        assertThat(LoggingRejectedLineHandler.kind(400, "partial write: field \"w\" dropped=1"))
                .isNotEqualTo(first);
    }
}
