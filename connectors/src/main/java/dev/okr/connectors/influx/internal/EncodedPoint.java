package dev.okr.connectors.influx.internal;

import java.nio.charset.StandardCharsets;

/**
 * What {@link LineProtocol#encode} made of one point.
 *
 * @param bytes the line in UTF-8, without a newline; null when no field was left to write
 * @param droppedValues how many NaN or infinite float fields were left out
 * @param refusal why the point cannot be written faithfully, or null when it can; {@code bytes}
 *     then hold the unfaithful encoding, for the dead-letter output
 */
public record EncodedPoint(byte[] bytes, int droppedValues, String refusal) {

    /** The line as text, or null when no field was left. */
    public String line() {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the line can be sent as it is. */
    public boolean writable() {
        return bytes != null && refusal == null;
    }

    /** Whether every field was NaN or infinite, so nothing is left to write. */
    public boolean empty() {
        return bytes == null;
    }
}
