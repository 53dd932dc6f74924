package dev.okr.connectors.influx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.okr.connectors.influx.InfluxPoint;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own encoding rules, beyond what the corpus covers. */
class LineProtocolTest {

    private static final Instant MONDAY_09_00 = Instant.parse("2026-11-23T09:00:00Z");
    private static final long MONDAY_09_00_NS = 1_795_424_400_000_000_000L;

    @Test
    void writesAScorePointAsAGoldenLine() {
        InfluxPoint point =
                InfluxPoint.measurement("okr_kr")
                        .tag("team", "growth")
                        .tag("kr", "d7")
                        .field("score", 0.5)
                        .field("events", 12L)
                        .field("on_track", true)
                        .timestamp(MONDAY_09_00)
                        .build();

        assertThat(LineProtocol.encode(point).line())
                .isEqualTo(
                        "okr_kr,kr=d7,team=growth score=0.5,events=12i,on_track=true "
                                + MONDAY_09_00_NS);
    }

    @Test
    void dropsNonFiniteFieldsAndCountsThem() {
        InfluxPoint point =
                InfluxPoint.measurement("m")
                        .field("a", Double.NaN)
                        .field("b", 1.5)
                        .field("c", Double.POSITIVE_INFINITY)
                        .field("d", Double.NEGATIVE_INFINITY)
                        .timestampNanos(7)
                        .build();

        EncodedPoint encoded = LineProtocol.encode(point);

        assertThat(encoded.line()).isEqualTo("m b=1.5 7");
        assertThat(encoded.droppedValues()).isEqualTo(3);
        assertThat(encoded.writable()).isTrue();
    }

    @Test
    void leavesNothingToWriteWhenEveryFieldIsNonFinite() {
        InfluxPoint point =
                InfluxPoint.measurement("m").field("a", Double.NaN).timestampNanos(7).build();

        EncodedPoint encoded = LineProtocol.encode(point);

        assertThat(encoded.empty()).isTrue();
        assertThat(encoded.writable()).isFalse();
        assertThat(encoded.droppedValues()).isEqualTo(1);
    }

    static Stream<Arguments> unwritableNames() {
        return Stream.of(
                arguments(
                        "newline in a tag value",
                        "m",
                        "team",
                        "a\nb",
                        "f",
                        "value of tag \"team\" \"a\\u000Ab\" holds the control character U+000A"),
                arguments(
                        "carriage return in a tag key",
                        "m",
                        "te\ram",
                        "x",
                        "f",
                        "tag key \"te\\u000Dam\" holds"),
                arguments(
                        "tab in a field key", "m", "team", "x", "f\tk", "field key \"f\\u0009k\""),
                arguments(
                        "newline in the measurement",
                        "m\nx",
                        "team",
                        "x",
                        "f",
                        "measurement \"m\\u000Ax\" holds"),
                arguments(
                        "trailing backslash in a tag value",
                        "m",
                        "team",
                        "x\\",
                        "f",
                        "ends with a backslash"),
                arguments(
                        "trailing backslash in a tag key",
                        "m",
                        "team\\",
                        "x",
                        "f",
                        "tag key \"team\\\" ends with"),
                arguments(
                        "trailing backslash in a field key",
                        "m",
                        "team",
                        "x",
                        "f\\",
                        "field key \"f\\\" ends with"),
                arguments("comment-like measurement", "#m", "team", "x", "f", "starts with '#'"),
                arguments(
                        "backslash before a comma in a measurement",
                        "a\\,b",
                        "team",
                        "x",
                        "f",
                        "has a backslash before ','"),
                arguments(
                        "backslash before a space in a field key",
                        "m",
                        "team",
                        "x",
                        "f\\ g",
                        "field key \"f\\ g\" has a backslash before ' '"));
    }

    @Test
    void acceptsBackslashesBeforeSeparatorsInTagsWhereInfluxReadsThemBack() {
        InfluxPoint point =
                InfluxPoint.measurement("m")
                        .tag("reg\\=ion", "\\,,=east")
                        .field("f", 1L)
                        .timestampNanos(1)
                        .build();

        assertThat(LineProtocol.encode(point).line())
                .isEqualTo("m,reg\\\\=ion=\\\\,\\,\\=east f=1i 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwritableNames")
    void refusesNamesThatLineProtocolCannotCarry(
            String why,
            String measurement,
            String tagKey,
            String tagValue,
            String field,
            String reason) {
        InfluxPoint point =
                InfluxPoint.measurement(measurement)
                        .tag(tagKey, tagValue)
                        .field(field, 1L)
                        .timestampNanos(1)
                        .build();

        EncodedPoint encoded = LineProtocol.encode(point);

        assertThat(encoded.writable()).as(why).isFalse();
        assertThat(encoded.refusal()).contains(reason);
        assertThat(encoded.line()).as("kept for the dead-letter output").isNotNull();
    }

    @Test
    void keepsControlCharactersInStringFieldValues() {
        InfluxPoint point =
                InfluxPoint.measurement("m")
                        .field("s", "line one\nline two\t\"quoted\" \\")
                        .timestampNanos(1)
                        .build();

        EncodedPoint encoded = LineProtocol.encode(point);

        assertThat(encoded.refusal()).isNull();
        assertThat(encoded.line()).isEqualTo("m s=\"line one\nline two\t\\\"quoted\\\" \\\\\" 1");
    }

    @ParameterizedTest
    @CsvSource({
        "0.0, 0",
        "-0.0, -0",
        "1.0, 1",
        "-0.64, -0.64",
        "100000.0, 100000",
        "999999.0, 999999",
        "1000000.0, 1e+06",
        "6632243.0, 6.632243e+06",
        "1.5e21, 1.5e+21",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "0.000123, 0.000123",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "4.9e-324, 5e-324",
        "123.456, 123.456",
        "0.1, 0.1",
        "9.5, 9.5",
        "95.0, 95",
        "0.25, 0.25",
        "1.5e-7, 1.5e-07",
        "-2.5e10, -2.5e+10",
    })
    void writesFloatsInTheShortestFormGoWouldWrite(double value, String expected) {
        String formatted = GoFloatFormat.format(value);
        assertThat(formatted).isEqualTo(expected);
        assertThat(Double.parseDouble(formatted)).isEqualTo(value);
    }

    @Test
    void aPointNeedsATimeAndAField() {
        assertThatThrownBy(() -> InfluxPoint.measurement("m").field("f", 1L).build())
                .hasMessageContaining("needs a time");
        assertThatThrownBy(() -> InfluxPoint.measurement("m").timestampNanos(1).build())
                .hasMessageContaining("at least one field");
        assertThatThrownBy(() -> InfluxPoint.measurement("").field("f", 1L))
                .hasMessageContaining("non-empty measurement");
    }
}
