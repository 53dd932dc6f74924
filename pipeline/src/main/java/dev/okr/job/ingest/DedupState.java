package dev.okr.job.ingest;

import org.apache.flink.api.common.functions.RuntimeContext;

/**
 * How dedup keeps the keys it has seen: each state backend gets the layout that suits it. The table
 * takes over the keys of a map restored from a checkpoint; the map cannot take over a table's
 * fingerprints and starts afresh (docs/kafka.md).
 */
public enum DedupState {

    /**
     * For heap state: per bucket, one table of 96-bit fingerprints of the keys (from their 128-bit
     * MurmurHash3), 21 to 43 bytes a key and no object per key ({@link ExpiringFingerprints}). Two
     * different keys share a fingerprint with a probability of about n²/2^97 for n keys within the
     * horizon: 6·10^-12 for a billion, 6·10^-10 for ten billion. MurmurHash3 is not a cryptographic
     * hash, so whoever can write to the topic could craft two ids that collide; they could as well
     * leave the event out.
     */
    FINGERPRINT_TABLE {
        @Override
        SeenKeys open(RuntimeContext context) {
            return new SeenFingerprints(context);
        }
    },

    /**
     * For RocksDB: one map entry per key, the key itself, so that an event reads and writes one
     * small entry rather than its bucket's whole table.
     */
    KEY_MAP {
        @Override
        SeenKeys open(RuntimeContext context) {
            return new SeenKeyMap(context);
        }
    };

    /** The layout for a state backend as {@code okr run --state-backend} names it. */
    public static DedupState forBackend(String backend) {
        return "rocksdb".equals(backend) ? KEY_MAP : FINGERPRINT_TABLE;
    }

    abstract SeenKeys open(RuntimeContext context);
}
