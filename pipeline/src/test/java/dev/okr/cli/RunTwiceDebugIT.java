package dev.okr.cli;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.simulator.Simulator;
import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import dev.okr.testkit.TestKafka;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalServersExtension.class)
class RunTwiceDebugIT {
    @Test
    void debug(TestKafka kafka, TestInflux influx) {
        String topic = kafka.createTopic(2);
        Simulator.builder()
                .kafka(KafkaClientSettings.plaintext(kafka.bootstrapServers()))
                .topic(topic)
                .from(Instant.parse("2026-08-15T00:00:00Z"))
                .to(Instant.parse("2026-11-10T12:00:00Z"))
                .count(30_000)
                .users(300)
                .seed(3)
                .build()
                .publish();
        for (int i = 0; i < 4; i++) {
            String db = influx.createDatabase();
            var r =
                    OkrCliRunner.run(
                            "run",
                            "--okrs",
                            "../examples/company.yaml,../examples/growth.yaml,../examples/platform.yaml,../examples/customer.yaml",
                            "--kafka-bootstrap",
                            kafka.bootstrapServers(),
                            "--topic",
                            topic,
                            "--influx-url",
                            influx.url(),
                            "--influx-db",
                            db,
                            "--as-of",
                            "2026-11-10T12:00:00Z",
                            "--parallelism",
                            "2");
            System.err.println(
                    "DEBUG run "
                            + i
                            + " exit="
                            + r.exitCode()
                            + " points="
                            + influx.count(db, "SELECT count(status) FROM okr_kr")
                            + " err="
                            + r.err());
        }
    }
}
