package dev.okr.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.connectors.kafka.KafkaClientSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The replayed load's events: the same event as generated, at its send time, with a new id. */
class ReplayedLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachCycleSendsTheBlockAtItsSendTimeWithMessageIdsOfItsOwn() throws Exception {
        // The producer is made but never sends here, so no broker is needed.
        try (ReplayedLoad load =
                ReplayedLoad.prepare(
                        KafkaClientSettings.plaintext("127.0.0.1:9"),
                        "unused",
                        200,
                        50,
                        Duration.ofSeconds(2),
                        7)) {
            assertThat(load.blockSize()).as("2 s at 200 events/s").isBetween(200, 400);
            Set<String> ids = new HashSet<>();
            long at = Instant.parse("2026-12-05T10:00:00.250Z").toEpochMilli();
            for (int cycle = 0; cycle < 3; cycle++) {
                for (int i = 0; i < load.blockSize(); i++) {
                    JsonNode original = JSON.readTree(load.generated(i));
                    JsonNode sent = JSON.readTree(load.eventAt(i, cycle, at + i));
                    assertThat(sent.path("timestamp").asText())
                            .isEqualTo(Instant.ofEpochMilli(at + i).toString());
                    assertThat(sent.path("messageId").asText())
                            .isEqualTo(original.path("messageId").asText() + "~" + cycle);
                    assertThat(ids.add(sent.path("messageId").asText())).isTrue();
                    // Everything else is the event as the simulator made it.
                    ((com.fasterxml.jackson.databind.node.ObjectNode) sent)
                            .set("timestamp", original.path("timestamp"));
                    ((com.fasterxml.jackson.databind.node.ObjectNode) sent)
                            .set("messageId", original.path("messageId"));
                    assertThat(sent).isEqualTo(original);
                }
            }
        }
    }
}
