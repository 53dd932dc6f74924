package dev.okr.connectors.influx.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer of InfluxDB's {@code /write} endpoint means for the batch that was sent: written,
 * worth retrying, rejected line by line, or a mistake of configuration that no retry fixes.
 */
public final class WriteResponses {

    /** The four ways a write request can end. */
    public enum Verdict {
        /** 2xx: every line is stored. */
        WRITTEN,
        /** 408, 429, 5xx, or no answer: the same request may succeed later. */
        RETRY,
        /**
         * 400, 413, 422: some lines (or the body's size) are at fault; the good lines can be
         * written once the bad ones are isolated.
         */
        REJECTED,
        /** 401, 403, 404 and the rest: the sink's configuration is wrong; retrying cannot help. */
        FATAL
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DROPPED = Pattern.compile("dropped=(\\d+)");
    private static final int MAX_MESSAGE = 2_000;

    /** Messages that name the target, not a line: the whole sink is misconfigured. */
    private static final Pattern TARGET_ERROR =
            Pattern.compile(
                    "database not found|retention policy not found|database is required"
                            + "|bucket .*not found");

    private WriteResponses() {}

    public static Verdict classify(int status, String message) {
        if (status / 100 == 2) {
            return Verdict.WRITTEN;
        }
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (TARGET_ERROR.matcher(lower).find() && !lower.contains("partial write")) {
            return Verdict.FATAL;
        }
        if (status == 408 || status == 429 || status / 100 == 5) {
            return Verdict.RETRY;
        }
        if (status == 400 || status == 413 || status == 422) {
            return Verdict.REJECTED;
        }
        return Verdict.FATAL;
    }

    /**
     * InfluxDB's error message from a response body: {@code error} (1.x), {@code message} (2.x,
     * 3.x), or the body itself, shortened.
     */
    public static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(body);
            for (String key : new String[] {"error", "message"}) {
                if (json != null && json.path(key).isTextual()) {
                    return shorten(json.get(key).asText());
                }
            }
        } catch (IOException e) {
            // Not JSON (a proxy's HTML page, say): the text itself is the best message there is.
        }
        return shorten(body.strip());
    }

    /** The {@code dropped=N} count InfluxDB 1.x appends to a partial-write message, if any. */
    public static OptionalInt dropped(String message) {
        Matcher m = DROPPED.matcher(message == null ? "" : message);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** A message for a fatal answer that says what to fix; it never holds a secret. */
    public static String fatal(int status, String message, WriteTarget target) {
        String answer = "InfluxDB at " + target.url() + " answered HTTP " + status + ": " + message;
        String fix =
                switch (status) {
                    case 401 ->
                            "Check the credentials given to the sink ("
                                    + target.credentials().describe()
                                    + " were sent).";
                    case 403 ->
                            "Grant the sink's user WRITE on database \""
                                    + target.database()
                                    + "\" (GRANT WRITE ON \""
                                    + target.database()
                                    + "\" TO <user>), or give the sink other credentials.";
                    default -> fixForMessage(message, target);
                };
        return answer + ". " + fix;
    }

    private static String fixForMessage(String message, WriteTarget target) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("database not found") || lower.contains("bucket")) {
            return "Create database \""
                    + target.database()
                    + "\" (CREATE DATABASE \""
                    + target.database()
                    + "\"), let the sink create it (setCreateDatabase(true)), or fix the"
                    + " database name.";
        }
        if (lower.contains("retention policy")) {
            return "Create retention policy \""
                    + target.retentionPolicy()
                    + "\" on database \""
                    + target.database()
                    + "\", or fix the retention policy name given to the sink.";
        }
        return "Check the sink's URL, database and retention policy; retrying cannot help.";
    }

    private static String shorten(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
    }
}
