package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalServersExtension.class)
class SimulateCommandIT {

    @Test
    void publishesTheHistoryOfARangeToANewTopic(TestKafka kafka) {
        String topic = "simulated-" + System.nanoTime();
        kafka.deleteAfterTest(topic);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = OkrCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit =
                cli.execute(
                        "simulate",
                        "--kafka-bootstrap",
                        kafka.bootstrapServers(),
                        "--topic",
                        topic,
                        "--from",
                        "2026-10-01T00:00:00Z",
                        "--to",
                        "2026-10-08T00:00:00Z",
                        "--count",
                        "3000",
                        "--malformed",
                        "0.01",
                        "--users",
                        "100");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Published 3000 records", topic);
        assertThat(kafka.read(topic, 3000, Duration.ofSeconds(60))).hasSize(3000);
    }

    @Test
    void aBadOptionIsAUsageErrorThatSaysWhy() {
        StringWriter err = new StringWriter();
        var cli = OkrCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit =
                cli.execute(
                        "simulate",
                        "--malformed",
                        "2",
                        "--from",
                        "2026-10-01T00:00:00Z",
                        "--to",
                        "2026-10-02T00:00:00Z");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("malformed share must be between 0 and 0.9");
    }
}
