package dev.okr.connectors.influx.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

/**
 * Checkpoints the lines still buffered in the sink: each as its length and its UTF-8 bytes (a line
 * may exceed the 64 KiB of {@code writeUTF}).
 */
public final class LinesStateSerializer extends AsyncSinkWriterStateSerializer<byte[]> {

    @Override
    protected void serializeRequestToStream(byte[] line, DataOutputStream out) throws IOException {
        out.writeInt(line.length);
        out.write(line);
    }

    @Override
    protected byte[] deserializeRequestFromStream(long requestSize, DataInputStream in)
            throws IOException {
        byte[] line = new byte[in.readInt()];
        in.readFully(line);
        return line;
    }

    @Override
    public int getVersion() {
        return 1;
    }
}
