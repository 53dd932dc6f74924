package dev.okr.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Writes Segment calls as JSON with Jackson's streaming generator. Not thread-safe. */
final class SegmentWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayBuilder buffer = new ByteArrayBuilder(512);

    /**
     * The JSON of a call. {@code eventOrName} is the track event or page/screen name (null for
     * others); {@code properties} alternate keys and values (String, Number or Boolean); a null
     * {@code userId} or {@code anonymousId} is left out, as is a null {@code timestampField}.
     */
    byte[] write(
            String type,
            String eventOrName,
            String userId,
            String anonymousId,
            String messageId,
            String timestampField,
            Instant timestamp,
            Object... properties) {
        buffer.reset();
        try (JsonGenerator g = JSON.createGenerator(buffer)) {
            g.writeStartObject();
            g.writeStringField("type", type);
            if (eventOrName != null) {
                g.writeStringField(type.equals("track") ? "event" : "name", eventOrName);
            }
            if (userId != null) {
                g.writeStringField("userId", userId);
            }
            if (anonymousId != null) {
                g.writeStringField("anonymousId", anonymousId);
            }
            g.writeStringField("messageId", messageId);
            if (timestampField != null) {
                g.writeStringField(timestampField, timestamp.toString());
            }
            g.writeObjectFieldStart("context");
            g.writeObjectFieldStart("library");
            g.writeStringField("name", "okr-simulate");
            g.writeStringField("version", "1");
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart(
                    type.equals("identify") || type.equals("group") ? "traits" : "properties");
            for (int i = 0; i < properties.length; i += 2) {
                String key = (String) properties[i];
                Object value = properties[i + 1];
                if (value instanceof String s) {
                    g.writeStringField(key, s);
                } else if (value instanceof Integer n) {
                    g.writeNumberField(key, n);
                } else if (value instanceof Long n) {
                    g.writeNumberField(key, n);
                } else if (value instanceof Double d) {
                    g.writeNumberField(key, Math.round(d * 100) / 100.0);
                } else if (value instanceof Boolean b) {
                    g.writeBooleanField(key, b);
                } else {
                    throw new IllegalArgumentException("unsupported property " + key + "=" + value);
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return buffer.toByteArray();
    }
}
