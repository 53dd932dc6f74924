package dev.okr.connectors.influx.internal;

/**
 * What {@link LineProtocol#encode} made of one point.
 *
 * @param line the line to send, without a newline; null when no field was left to write
 * @param droppedValues how many NaN or infinite float fields were left out
 * @param refusal why the point cannot be written faithfully, or null when it can; {@code line} then
 *     holds the unfaithful encoding, for the dead-letter output
 */
public record EncodedPoint(String line, int droppedValues, String refusal) {

    /** Whether the line can be sent as it is. */
    public boolean writable() {
        return line != null && refusal == null;
    }

    /** Whether every field was NaN or infinite, so nothing is left to write. */
    public boolean empty() {
        return line == null;
    }
}
