package dev.okr.connectors.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the JSON of a Segment call for tests: {@code SegmentJson.track("Signed
 * Up").userId("u1").at(T).bytes()}.
 */
final class SegmentJson {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String properties;

    private SegmentJson(String type) {
        fields.put("type", quote(type));
    }

    static SegmentJson track(String event) {
        SegmentJson json = new SegmentJson("track");
        json.fields.put("event", quote(event));
        return json;
    }

    static SegmentJson call(String type) {
        return new SegmentJson(type);
    }

    SegmentJson userId(String id) {
        return raw("userId", quote(id));
    }

    SegmentJson anonymousId(String id) {
        return raw("anonymousId", quote(id));
    }

    SegmentJson messageId(String id) {
        return raw("messageId", quote(id));
    }

    SegmentJson at(Instant time) {
        return raw("timestamp", quote(time.toString()));
    }

    SegmentJson field(String name, String text) {
        return raw(name, quote(text));
    }

    /** A field with its JSON value as given, e.g. {@code raw("timestamp", "12")}. */
    SegmentJson raw(String name, String json) {
        fields.put(name, json);
        return this;
    }

    SegmentJson without(String name) {
        fields.remove(name);
        return this;
    }

    /** The properties object, as JSON text. */
    SegmentJson properties(String json) {
        this.properties = json;
        return this;
    }

    String json() {
        String body =
                fields.entrySet().stream()
                        .map(e -> quote(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(","));
        return "{" + body + (properties != null ? ",\"properties\":" + properties : "") + "}";
    }

    byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
