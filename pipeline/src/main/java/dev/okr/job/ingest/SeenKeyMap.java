package dev.okr.job.ingest;

import java.util.Iterator;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Seen keys as {@link DedupState#KEY_MAP}: a map state entry per key, with its expiry.
 *
 * <p>Fingerprints cannot be turned back into keys: a bucket restored from a checkpoint of {@link
 * SeenFingerprints} starts afresh, and its table is dropped at the bucket's next sweep.
 */
final class SeenKeyMap implements SeenKeys {

    static MapStateDescriptor<String, Long> descriptor() {
        return new MapStateDescriptor<>("dedup-expiries", Types.STRING, Types.LONG);
    }

    private final MapState<String, Long> expiries;
    private final ValueState<ExpiringFingerprints> fingerprints;

    SeenKeyMap(RuntimeContext context) {
        expiries = context.getMapState(descriptor());
        fingerprints = context.getState(SeenFingerprints.descriptor());
    }

    @Override
    public boolean add(String key, long expires) throws Exception {
        if (expiries.contains(key)) {
            return false;
        }
        expiries.put(key, expires);
        return true;
    }

    @Override
    public long forgetExpired(long time) throws Exception {
        fingerprints.clear();
        Iterator<Map.Entry<String, Long>> entries = expiries.iterator();
        long earliest = Long.MAX_VALUE;
        while (entries.hasNext()) {
            long expires = entries.next().getValue();
            if (expires <= time) {
                entries.remove();
            } else {
                earliest = Math.min(earliest, expires);
            }
        }
        if (earliest == Long.MAX_VALUE) {
            expiries.clear();
        }
        return earliest;
    }
}
