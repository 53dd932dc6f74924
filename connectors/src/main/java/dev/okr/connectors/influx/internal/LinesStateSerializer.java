package dev.okr.connectors.influx.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

/**
 * Checkpoints the lines still buffered in the sink, as length-prefixed UTF-8 (a line may exceed the
 * 64 KiB of {@code writeUTF}).
 */
public final class LinesStateSerializer extends AsyncSinkWriterStateSerializer<String> {

    @Override
    protected void serializeRequestToStream(String line, DataOutputStream out) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    protected String deserializeRequestFromStream(long requestSize, DataInputStream in)
            throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int getVersion() {
        return 1;
    }
}
