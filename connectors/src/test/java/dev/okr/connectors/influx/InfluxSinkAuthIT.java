package dev.okr.connectors.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.infra.local.LocalInflux;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sink against an influxd that requires credentials (its own, started with auth enabled). */
class InfluxSinkAuthIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(1)
                            .build());

    private static final String ADMIN = "okr_admin";
    private static final String ADMIN_PASSWORD = "correct-horse-battery";
    private static final String WRONG_PASSWORD = "hunter2-wrong-secret";

    private static LocalInflux influx;

    @BeforeAll
    static void startInfluxWithAuthentication() throws Exception {
        influx = LocalInflux.builder().authEnabled(true).start();
        // With no user yet, InfluxDB 1.x accepts this one statement without credentials.
        query(
                "CREATE USER "
                        + ADMIN
                        + " WITH PASSWORD '"
                        + ADMIN_PASSWORD
                        + "' WITH ALL PRIVILEGES");
    }

    @AfterAll
    static void stopInflux() {
        influx.close();
    }

    @Test
    void wrongCredentialsFailTheJobAtOnceWithAMessageThatHoldsNoSecret() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(0, 99)
                .sinkTo(
                        InfluxSink.<Long>builder()
                                .setUrl(influx.url())
                                .setDatabase("okr")
                                .setCredentials(ADMIN, WRONG_PASSWORD)
                                .setSerializer(KrPoints::point)
                                .build());

        assertThatThrownBy(() -> env.execute("wrong-credentials"))
                .rootCause()
                .hasMessageContaining("answered HTTP 401: authorization failed")
                .hasMessageContaining("Check the credentials given to the sink")
                .hasMessageContaining("user \"" + ADMIN + "\"")
                .satisfies(
                        e ->
                                assertThat(ExceptionUtils.stringifyException(e))
                                        .as("no secret anywhere in the failure")
                                        .doesNotContain(WRONG_PASSWORD)
                                        .doesNotContain(base64(ADMIN + ":" + WRONG_PASSWORD)));
    }

    @Test
    void rightCredentialsCreateTheDatabaseAndWriteEveryPoint() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(0, 999)
                .sinkTo(
                        InfluxSink.<Long>builder()
                                .setUrl(influx.url())
                                .setDatabase("created_by_sink")
                                .setCreateDatabase(true)
                                .setCredentials(ADMIN, ADMIN_PASSWORD)
                                .setSerializer(KrPoints::point)
                                .build());

        env.execute("right-credentials");

        assertThat(query("SELECT count(\"value\") FROM created_by_sink.autogen.kr_reading"))
                .contains("[\"1970-01-01T00:00:00Z\",1000]");
    }

    @Test
    void theSinkDescribesItselfWithoutTheSecret() {
        InfluxSink<Long> sink =
                InfluxSink.<Long>builder()
                        .setUrl(influx.url())
                        .setDatabase("okr")
                        .setCredentials(ADMIN, WRONG_PASSWORD)
                        .setSerializer(KrPoints::point)
                        .build();

        assertThat(sink.toString()).contains(ADMIN).doesNotContain(WRONG_PASSWORD);
    }

    private static String query(String influxql) throws Exception {
        return new InfluxQueries(influx.url()).as(ADMIN, ADMIN_PASSWORD).query(influxql).toString();
    }

    private static String base64(String s) {
        return InfluxQueries.base64(s);
    }
}
