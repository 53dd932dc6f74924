package dev.okr.bench.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The end of a benchmark job: counts what reaches it and notes the first and last arrival and this
 * JVM's CPU time then, across the subtasks of a job on the local MiniCluster (static, so one job at
 * a time). {@link #reset()} before the job, {@link #measured()} after it.
 */
public final class CountingSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private static final AtomicLong FIRST = new AtomicLong();
    private static final AtomicLong LAST = new AtomicLong();
    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong FIRST_CPU = new AtomicLong();
    private static final AtomicLong LAST_CPU = new AtomicLong();

    public static void reset() {
        FIRST.set(0);
        LAST.set(0);
        COUNT.set(0);
        FIRST_CPU.set(0);
        LAST_CPU.set(0);
    }

    /** How many arrived in the last job. */
    public static long count() {
        return COUNT.get();
    }

    /** The last job's rate from its first arrival to its last. */
    public static Measured measured() {
        return Measured.of(COUNT.get(), FIRST.get(), LAST.get(), FIRST_CPU.get(), LAST_CPU.get());
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new SinkWriter<>() {
            private long count;
            private long last;

            @Override
            public void write(T element, Context c) {
                last = System.nanoTime();
                if (count++ == 0) {
                    FIRST.accumulateAndGet(last, (a, b) -> a == 0 ? b : Math.min(a, b));
                    FIRST_CPU.compareAndSet(0, Measured.processCpuNanos());
                }
            }

            @Override
            public void flush(boolean endOfInput) {
                if (endOfInput) {
                    LAST.accumulateAndGet(last, Math::max);
                    LAST_CPU.accumulateAndGet(Measured.processCpuNanos(), Math::max);
                    COUNT.addAndGet(count);
                    count = 0;
                }
            }

            @Override
            public void close() {}
        };
    }
}
