package dev.okr.job.ingest;

/**
 * The dedup keys that the current bucket of {@link DeduplicateFunction} has seen, each with the
 * event time after which it may be forgotten, in keyed state. {@link DedupState} chooses the
 * layout.
 */
interface SeenKeys {

    /**
     * Remembers {@code key} until {@code expires}.
     *
     * @return false, changing nothing, when the key was seen already
     */
    boolean add(String key, long expires) throws Exception;

    /**
     * Forgets the keys that expire at or before {@code time}; when none is left, the bucket's state
     * is cleared.
     *
     * @return the earliest expiry left, or {@link Long#MAX_VALUE} when none is left
     */
    long forgetExpired(long time) throws Exception;
}
