package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Awkward strings written through the sink read back unchanged from the real influxd, one point per
 * line: the encoder's escaping is checked against the server itself.
 */
@ExtendWith(LocalServersExtension.class)
class InfluxRoundTripIT {

    private static final String TEN_KB = "0123456789".repeat(1024);

    /** Fit for every place: measurement, tag key, tag value, field key and string value. */
    private static final List<String> NAMES =
            List.of(
                    "comma,inside",
                    "space inside",
                    "equals=inside",
                    "say \"hi\"",
                    "back\\slash",
                    "emoji 🎯📈 ok",
                    "naïve café ünïcødé",
                    "hash#in-the-middle",
                    "a'quote",
                    TEN_KB);

    /**
     * Fit for tag keys and values (and string values), not for measurements and field keys, where
     * InfluxDB 1.x misreads a backslash before a separator: the sink refuses those there.
     */
    private static final List<String> TAG_NAMES = List.of("\\,,=east", "east\\ ", "\\ east");

    /** Fit for string field values only: line breaks, a trailing backslash, quotes at the end. */
    private static final List<String> VALUES =
            List.of("line one\nline two", "tab\there", "ends with \\", "\"", "\\\"", "cr\r\nlf");

    @Test
    void everyAwkwardNameAndValueReadsBackAsExactlyOnePointWithTheSameValues(TestInflux influx)
            throws Exception {
        String database = influx.createDatabase();
        List<InfluxPoint> points = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String s = NAMES.get(i);
            points.add(
                    InfluxPoint.measurement("awkward")
                            .tag("case", "n" + i)
                            .tag("t", s)
                            .field("s", s)
                            .field(s, (long) i)
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build());
            points.add(
                    InfluxPoint.measurement(s)
                            .field("v", (long) i)
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build());
        }
        for (int i = 0; i < TAG_NAMES.size(); i++) {
            String s = TAG_NAMES.get(i);
            points.add(
                    InfluxPoint.measurement("awkward")
                            .tag("case", "t" + i)
                            .tag(s, s)
                            .field("s", s)
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build());
        }
        for (int i = 0; i < VALUES.size(); i++) {
            points.add(
                    InfluxPoint.measurement("awkward")
                            .tag("case", "v" + i)
                            .field("s", VALUES.get(i))
                            .timestamp(KrPoints.MONDAY_09_00)
                            .build());
        }

        write(influx.url(), database, points);

        Map<String, Map<String, Object>> byCase =
                influx.rows(database, "SELECT * FROM awkward GROUP BY *").stream()
                        .collect(Collectors.toMap(r -> (String) r.get("case"), r -> r));
        assertThat(byCase).hasSize(NAMES.size() + TAG_NAMES.size() + VALUES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            String s = NAMES.get(i);
            assertThat(byCase.get("n" + i))
                    .as("case %d: %s", i, abbreviate(s))
                    .containsEntry("t", s)
                    .containsEntry("s", s)
                    .containsEntry(s, (long) i);
        }
        for (int i = 0; i < TAG_NAMES.size(); i++) {
            String s = TAG_NAMES.get(i);
            assertThat(byCase.get("t" + i)).containsEntry(s, s).containsEntry("s", s);
        }
        for (int i = 0; i < VALUES.size(); i++) {
            assertThat(byCase.get("v" + i)).containsEntry("s", VALUES.get(i));
        }
        List<Object> measurements =
                influx.rows(database, "SHOW MEASUREMENTS").stream()
                        .map(r -> r.get("name"))
                        .toList();
        assertThat(measurements)
                .as("each awkward measurement exactly once, beside `awkward`")
                .hasSize(NAMES.size() + 1)
                .containsAll(NAMES);
    }

    private static void write(String url, String database, List<InfluxPoint> points)
            throws Exception {
        InfluxSink<InfluxPoint> sink =
                InfluxSink.<InfluxPoint>builder()
                        .setUrl(url)
                        .setDatabase(database)
                        .setSerializer(p -> p)
                        .setRejectedLineHandler(
                                (line, status, reason) -> {
                                    throw new AssertionError("rejected " + status + " " + reason);
                                })
                        .build();
        try (SinkWriter<InfluxPoint> writer = Writers.open(sink)) {
            for (InfluxPoint point : points) {
                writer.write(point, Writers.NO_TIME);
            }
            writer.flush(true);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
