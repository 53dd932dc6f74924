package dev.okr.connectors.influx.internal;

import static dev.okr.connectors.influx.internal.WriteResponses.Verdict.FATAL;
import static dev.okr.connectors.influx.internal.WriteResponses.Verdict.REJECTED;
import static dev.okr.connectors.influx.internal.WriteResponses.Verdict.RETRY;
import static dev.okr.connectors.influx.internal.WriteResponses.Verdict.WRITTEN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies as InfluxDB 1.6.7 sends them (seen on the real server). */
class WriteResponsesTest {

    private static final WriteTarget TARGET =
            new WriteTarget(
                    "http://127.0.0.1:8086", "okr", null, Credentials.userPassword("u", "hunter2"));

    @Test
    void sortsAnswersIntoWrittenRetryRejectedAndFatal() {
        assertThat(WriteResponses.classify(204, "")).isEqualTo(WRITTEN);
        assertThat(WriteResponses.classify(503, "")).isEqualTo(RETRY);
        assertThat(WriteResponses.classify(429, "")).isEqualTo(RETRY);
        assertThat(WriteResponses.classify(408, "")).isEqualTo(RETRY);
        assertThat(WriteResponses.classify(500, "timeout")).isEqualTo(RETRY);
        assertThat(WriteResponses.classify(400, "partial write: field type conflict dropped=1"))
                .isEqualTo(REJECTED);
        assertThat(WriteResponses.classify(413, "Request Entity Too Large")).isEqualTo(REJECTED);
        assertThat(WriteResponses.classify(401, "authorization failed")).isEqualTo(FATAL);
        assertThat(WriteResponses.classify(403, "not authorized")).isEqualTo(FATAL);
        assertThat(WriteResponses.classify(404, "database not found: \"x\"")).isEqualTo(FATAL);
        assertThat(WriteResponses.classify(500, "retention policy not found: rp"))
                .as("1.6.7 answers a missing retention policy with a 500")
                .isEqualTo(FATAL);
    }

    @Test
    void readsTheMessageOfEachVersion() {
        assertThat(WriteResponses.message("{\"error\":\"partial write: x dropped=2\"}"))
                .isEqualTo("partial write: x dropped=2");
        assertThat(WriteResponses.message("{\"code\":\"invalid\",\"message\":\"bad line\"}"))
                .isEqualTo("bad line");
        assertThat(WriteResponses.message("<html>bad gateway</html>\n"))
                .isEqualTo("<html>bad gateway</html>");
        assertThat(WriteResponses.dropped("partial write: conflict dropped=2")).hasValue(2);
        assertThat(WriteResponses.dropped("unable to parse")).isEmpty();
    }

    @Test
    void saysWhatToFixWithoutTheSecret() {
        String unauthorized = WriteResponses.fatal(401, "authorization failed", TARGET);
        String forbidden = WriteResponses.fatal(403, "\"u\" user is not authorized", TARGET);
        String missing = WriteResponses.fatal(404, "database not found: \"okr\"", TARGET);

        assertThat(unauthorized).contains("Check the credentials", "user \"u\"");
        assertThat(forbidden).contains("GRANT WRITE ON \"okr\"");
        assertThat(missing).contains("CREATE DATABASE \"okr\"", "setCreateDatabase(true)");
        assertThat(unauthorized + forbidden + missing + TARGET).doesNotContain("hunter2");
    }
}
