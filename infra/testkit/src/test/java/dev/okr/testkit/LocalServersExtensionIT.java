package dev.okr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalServersExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalServersExtensionIT {

    private static String topicOfFirstTest;
    private static String databaseOfFirstTest;
    private static String bootstrapOfFirstTest;

    @Test
    @Order(1)
    void givesEachTestATopicAndADatabaseOfItsOwn(TestKafka kafka, TestInflux influx) {
        topicOfFirstTest = kafka.createTopic();
        databaseOfFirstTest = influx.createDatabase();
        bootstrapOfFirstTest = kafka.bootstrapServers();

        kafka.send(topicOfFirstTest, List.of("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(kafka.read(topicOfFirstTest, 1, Duration.ofSeconds(30)))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(new String(r.value(), StandardCharsets.UTF_8))
                                        .isEqualTo("hello"));
        assertThat(influx.rows(databaseOfFirstTest, "SHOW MEASUREMENTS")).isEmpty();
    }

    @Test
    @Order(2)
    void sharesTheServersButNotWhatAnEarlierTestCreated(TestKafka kafka, TestInflux influx)
            throws Exception {
        assertThat(kafka.bootstrapServers())
                .as("one broker per test JVM")
                .isEqualTo(bootstrapOfFirstTest);
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                kafka.bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics)
                    .as("the first test's topic was deleted")
                    .doesNotContain(topicOfFirstTest);
        }
        assertThat(influx.rows(null, "SHOW DATABASES"))
                .extracting(row -> row.get("name"))
                .as("the first test's database was dropped")
                .doesNotContain(databaseOfFirstTest);
    }
}
