package dev.okr.job.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * Seen keys as {@link DedupState#FINGERPRINT_TABLE}: one {@link ExpiringFingerprints} table per
 * bucket, of 96 bits of the keys' 128-bit MurmurHash3 hashes (the first word and the low half of
 * the second).
 *
 * <p>A bucket restored from a checkpoint of the other layout ({@link SeenKeyMap}: keys as strings,
 * from RocksDB or from an earlier version) has its keys moved into its table when the bucket is
 * first touched, so that no key is forgotten on the way.
 */
final class SeenFingerprints implements SeenKeys {

    static ValueStateDescriptor<ExpiringFingerprints> descriptor() {
        return new ValueStateDescriptor<>(
                "dedup-fingerprints", ExpiringFingerprintsSerializer.INSTANCE);
    }

    private final ValueState<ExpiringFingerprints> table;
    private final MapState<String, Long> keyMap;

    /**
     * Whether the state keeps the table it was given, so that a change in place is in the state
     * already (the heap backend: it hands out its own table, or a copy while a checkpoint still
     * reads the old one). Learnt at the first update; until then, and on other backends, each
     * change is written back.
     */
    private boolean keepsReference;

    SeenFingerprints(RuntimeContext context) {
        table = context.getState(descriptor());
        keyMap = context.getMapState(SeenKeyMap.descriptor());
    }

    @Override
    public boolean add(String key, long expires) throws Exception {
        long[] hash = fingerprint(key);
        ExpiringFingerprints seen = table();
        if (!seen.add(hash[0], (int) hash[1], expires)) {
            return false;
        }
        if (!keepsReference) {
            table.update(seen);
            keepsReference = table.value() == seen;
        }
        return true;
    }

    @Override
    public long forgetExpired(long time) throws Exception {
        ExpiringFingerprints seen = table();
        long earliest = seen.forgetExpired(time);
        if (earliest == Long.MAX_VALUE) {
            table.clear();
        } else if (!keepsReference) {
            table.update(seen);
        }
        return earliest;
    }

    /**
     * The bucket's table; when it had none, a new one in the state (with the keys of the other
     * layout, if any).
     */
    private ExpiringFingerprints table() throws Exception {
        ExpiringFingerprints seen = table.value();
        if (seen != null) {
            return seen;
        }
        seen = new ExpiringFingerprints();
        table.update(seen);
        if (!keyMap.isEmpty()) {
            for (Map.Entry<String, Long> e : keyMap.entries()) {
                long[] hash = fingerprint(e.getKey());
                seen.add(hash[0], (int) hash[1], e.getValue());
            }
            keyMap.clear();
            if (!keepsReference) {
                table.update(seen);
            }
        }
        return seen;
    }

    private static long[] fingerprint(String key) {
        return MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8));
    }
}
