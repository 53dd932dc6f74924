package dev.okr.metric.internal;

/** Where a per-key tracker sends what it learnt; the caller adds key result and part. */
@FunctionalInterface
public interface Emitter {
    void emit(int kind, long bucket, long second, long count, double value);
}
