package dev.okr.connectors.state;

import java.io.IOException;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes a value into a buffer of the thread, and the buffer to its target in one call. A
 * checkpoint stream costs a synchronized call through its layers for every int, long or byte
 * written to it, and a heap checkpoint writes millions of values: serializers of state write a
 * value's fields here instead. A target that is a memory buffer already (RocksDB's key builder, the
 * network) is written to directly.
 */
public final class BufferedOutput {

    /** Writes one value's fields. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, DataOutputSerializer out) throws IOException;
    }

    /** One per thread: checkpoints write on threads of their own. */
    private static final ThreadLocal<DataOutputSerializer> BUFFER =
            ThreadLocal.withInitial(() -> new DataOutputSerializer(4096));

    private BufferedOutput() {}

    public static <T> void write(T value, DataOutputView target, Writer<T> writer)
            throws IOException {
        if (target instanceof DataOutputSerializer memory) {
            writer.write(value, memory);
            return;
        }
        DataOutputSerializer out = BUFFER.get();
        out.clear();
        writer.write(value, out);
        target.write(out.getSharedBuffer(), 0, out.length());
    }
}
