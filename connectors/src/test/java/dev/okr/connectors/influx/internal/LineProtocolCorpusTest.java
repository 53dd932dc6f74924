package dev.okr.connectors.influx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.connectors.influx.InfluxPoint;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every encode case of InfluxData's line-protocol corpus (MIT licence, in
 * src/test/resources/line-protocol-corpus), encoded by {@link LineProtocol}.
 *
 * <p>Cases whose point has an unsigned-integer field would be skipped: InfluxDB 1.x has no unsigned
 * type, so {@link InfluxPoint} has none. The copy in this repository holds no such case (its values
 * are int, float, bool and string), which {@link #theCorpusHoldsAllItsCases} checks.
 *
 * <p>One case conflicts with a rule of ours: {@code 72fe529d…} expects an error for a tag with an
 * empty value, but {@link InfluxPoint.Builder#tag} leaves such a tag out (as influxdb-client-java
 * does), since InfluxDB stores a point without that tag anyway. The test asserts our rule there.
 */
class LineProtocolCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMPTY_TAG_VALUE_CASE = "72fe529da6084a44692fe27cc2f105d1";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodesEachCaseAsTheCorpusExpects(String key, JsonNode input, JsonNode output) {
        JsonNode point = input.path("point");
        assertThat(input.path("precision").asText()).as("we always write in ns").isEqualTo("1ns");

        if (key.equals(EMPTY_TAG_VALUE_CASE)) {
            assertThat(LineProtocol.encode(point(point)).line())
                    .as("our rule: an empty tag value leaves the tag out")
                    .isEqualTo("cpu value=42 0");
            assertThat(output.path("error").asText()).contains("invalid tag value");
            return;
        }
        EncodedPoint encoded = LineProtocol.encode(point(point));
        assertThat(encoded.refusal()).isNull();
        assertThat(encoded.line()).isEqualTo(output.path("result").asText());
    }

    @Test
    void theCorpusHoldsAllItsCases() {
        List<Object[]> all = cases().toList();
        assertThat(all).hasSize(115);
        long unsigned =
                all.stream().filter(c -> ((JsonNode) c[1]).toString().contains("\"uint\"")).count();
        assertThat(unsigned).as("unsigned-integer cases to skip").isZero();
    }

    static Stream<Object[]> cases() {
        try (InputStream in =
                LineProtocolCorpusTest.class.getResourceAsStream(
                        "/line-protocol-corpus/encode.json")) {
            JsonNode encode = JSON.readTree(in).path("encode");
            List<Object[]> cases = new ArrayList<>();
            for (Map.Entry<String, JsonNode> c : encode.properties()) {
                cases.add(
                        new Object[] {
                            c.getKey(), c.getValue().path("input"), c.getValue().path("output")
                        });
            }
            return cases.stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the line-protocol corpus", e);
        }
    }

    private static InfluxPoint point(JsonNode point) {
        InfluxPoint.Builder builder = InfluxPoint.measurement(point.path("name").asText());
        for (JsonNode tag : point.path("tags")) {
            builder.tag(tag.path("key").asText(), tag.path("value").asText());
        }
        for (JsonNode field : point.path("fields")) {
            String key = field.path("key").asText();
            Map.Entry<String, JsonNode> value = field.path("value").properties().iterator().next();
            switch (value.getKey()) {
                case "float" -> builder.field(key, value.getValue().asDouble());
                case "int" -> builder.field(key, value.getValue().asLong());
                case "bool" -> builder.field(key, value.getValue().asBoolean());
                case "string" -> builder.field(key, value.getValue().asText());
                default -> throw new IllegalArgumentException("no such kind: " + value.getKey());
            }
        }
        return builder.timestampNanos(point.path("time").asLong()).build();
    }
}
