package dev.okr.job.ingest;

import java.io.IOException;

/**
 * A set of 96-bit fingerprints, each with the event time after which it may be forgotten: the dedup
 * keys one bucket has seen, on the heap. An open-addressing table with linear probing in one {@code
 * long[]} of two words a slot, at most three quarters full, so that a key costs 21 to 43 bytes and
 * no object of its own: the garbage collector sees one array per bucket, not millions of strings
 * and map entries, and a heap checkpoint copies arrays.
 *
 * <p>A slot's first word is the fingerprint's high 64 bits; its second holds the low 32 bits above
 * the expiry, kept to the minute (rounded up, so a key is never forgotten early) as an unsigned
 * count of minutes since 1970. Dedup tables are most of a job's state, and a checkpoint copies and
 * writes them whole: two words a key rather than three (a 128-bit fingerprint and the expiry to the
 * millisecond) make that a third less work.
 *
 * <p>An empty slot holds the fingerprint 0; a key whose fingerprint is 0 is stored as 1, which
 * merges two of 2^96 values. Not thread-safe: it is state of one bucket of one task.
 */
final class ExpiringFingerprints {

    private static final int MIN_CAPACITY = 8;
    private static final int WIDTH = 2;
    private static final long MINUTE = 60_000;
    private static final long LAST_MINUTE = 0xFFFF_FFFFL;

    private long[] slots;
    private int size;

    ExpiringFingerprints() {
        this(0);
    }

    /** An empty set with room for {@code expected} fingerprints before it grows. */
    ExpiringFingerprints(int expected) {
        slots = new long[capacityFor(expected) * WIDTH];
    }

    private ExpiringFingerprints(long[] slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    int size() {
        return size;
    }

    /**
     * Adds a fingerprint that may be forgotten after {@code expires} (in milliseconds, kept to the
     * minute after it).
     *
     * @return false, changing nothing, when the fingerprint is already in the set
     */
    boolean add(long high, int low, long expires) {
        return addEntry(high, entry(low == 0 && high == 0 ? 1 : low, minuteOf(expires)));
    }

    /** Adds a slot's words as {@link #forEach} gives them. */
    boolean addEntry(long high, long entry) {
        int mask = capacity() - 1;
        for (int i = index(high, mask); ; i = (i + 1) & mask) {
            int at = i * WIDTH;
            if (!occupied(at)) {
                if ((size + 1) * 4L > capacity() * 3L) {
                    grow();
                    return addEntry(high, entry);
                }
                slots[at] = high;
                slots[at + 1] = entry;
                size++;
                return true;
            }
            if (slots[at] == high && lowOf(slots[at + 1]) == lowOf(entry)) {
                return false;
            }
        }
    }

    /**
     * Forgets the fingerprints that expire at or before {@code time}, in place: the table keeps its
     * room for the keys that will come until the next sweep, unless it is now nearly empty (the
     * bucket's traffic fell). A new table at every sweep, grown again by doubling, was the largest
     * allocation of a run, and each such table lived long enough for the collector to copy it into
     * the old generation.
     *
     * @return the earliest expiry left, or {@link Long#MAX_VALUE} when the set is now empty
     */
    long forgetExpired(long time) {
        int mask = capacity() - 1;
        // Start after an empty slot (a table is at most three quarters full): no run of occupied
        // slots then wraps around to where the scan began, so an entry moved back into a freed
        // slot has not been looked at yet, and no entry is looked at twice.
        int empty = 0;
        while (occupied(empty * WIDTH)) {
            empty++;
        }
        long earliest = Long.MAX_VALUE;
        int i = (empty + 1) & mask;
        while (i != empty) {
            int at = i * WIDTH;
            if (!occupied(at)) {
                i = (i + 1) & mask;
            } else if (expiresAt(slots[at + 1]) <= time) {
                // The slot now holds an entry moved back from further on, or nothing: look again.
                removeAt(i, mask);
            } else {
                earliest = Math.min(earliest, expiresAt(slots[at + 1]));
                i = (i + 1) & mask;
            }
        }
        if (size * 8L < capacity() && capacity() > MIN_CAPACITY) {
            rehash(capacityFor(size * 2));
        }
        return earliest;
    }

    /**
     * Empties slot {@code i} and moves back the entries after it that probing would otherwise no
     * longer find (backward-shift deletion: linear probing has no tombstones to leave).
     */
    private void removeAt(int i, int mask) {
        int hole = i;
        for (int j = (i + 1) & mask; occupied(j * WIDTH); j = (j + 1) & mask) {
            int at = j * WIDTH;
            int home = index(slots[at], mask);
            // The entry at j may fill the hole if its probe from home passes the hole on the way.
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                int to = hole * WIDTH;
                slots[to] = slots[at];
                slots[to + 1] = slots[at + 1];
                hole = j;
            }
        }
        int to = hole * WIDTH;
        slots[to] = 0;
        slots[to + 1] = 0;
        size--;
    }

    /**
     * Calls {@code visitor} with each slot's two words, in no particular order: the fingerprint's
     * high 64 bits, and its low 32 bits above its expiry's minute ({@link #lowOf}, {@link
     * #expiresAt}).
     */
    void forEach(Visitor visitor) throws IOException {
        for (int at = 0; at < slots.length; at += WIDTH) {
            if (occupied(at)) {
                visitor.visit(slots[at], slots[at + 1]);
            }
        }
    }

    /** An independent copy: later changes to either do not show in the other. */
    ExpiringFingerprints copy() {
        return new ExpiringFingerprints(slots.clone(), size);
    }

    /** What {@link #forEach} calls. */
    @FunctionalInterface
    interface Visitor {
        void visit(long high, long entry) throws IOException;
    }

    /** The low 32 bits of the fingerprint of a slot's second word. */
    static int lowOf(long entry) {
        return (int) (entry >>> 32);
    }

    /** The expiry, in milliseconds, of a slot's second word. */
    static long expiresAt(long entry) {
        return (entry & LAST_MINUTE) * MINUTE;
    }

    private static long entry(int low, long minute) {
        return ((long) low << 32) | minute;
    }

    /**
     * The minute at or after {@code millis}: a minute before 1970 is kept as 1970's first (later,
     * so never forgotten early), one after the year 10,000 as the last there is.
     */
    private static long minuteOf(long millis) {
        long minute = Math.floorDiv(millis, MINUTE) + (Math.floorMod(millis, MINUTE) == 0 ? 0 : 1);
        return Math.max(0, Math.min(minute, LAST_MINUTE));
    }

    private boolean occupied(int at) {
        // A fingerprint is never 0 in both halves, and an empty slot's words are both 0.
        return slots[at] != 0 || slots[at + 1] != 0;
    }

    /** How many slots the table has (its room: a table is at most three quarters full). */
    int capacity() {
        return slots.length / WIDTH;
    }

    private void grow() {
        rehash(capacity() * 2);
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity * WIDTH];
        size = 0;
        for (int at = 0; at < old.length; at += WIDTH) {
            if (old[at] != 0 || old[at + 1] != 0) {
                addEntry(old[at], old[at + 1]);
            }
        }
    }

    private static int index(long high, int mask) {
        // The fingerprint is a hash already; its high word's low bits pick the slot.
        return (int) high & mask;
    }

    /** The power of two that holds {@code n} fingerprints at most three quarters full. */
    private static int capacityFor(int n) {
        long needed = Math.max(MIN_CAPACITY, (n * 4L + 2) / 3 + 1);
        long capacity = Long.highestOneBit(needed - 1) << 1;
        if (capacity * WIDTH > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(
                    "a dedup bucket cannot hold " + n + " keys on the heap; use RocksDB state");
        }
        return (int) capacity;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExpiringFingerprints other) || other.size != size) {
            return false;
        }
        for (int at = 0; at < slots.length; at += WIDTH) {
            if (occupied(at) && !other.contains(slots[at], slots[at + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long sum = 0;
        for (int at = 0; at < slots.length; at += WIDTH) {
            sum += slots[at] * 31 + slots[at + 1];
        }
        return Long.hashCode(sum) ^ size;
    }

    /** Whether the set holds this slot's words, expiry included. */
    private boolean contains(long high, long entry) {
        int mask = capacity() - 1;
        for (int i = index(high, mask); ; i = (i + 1) & mask) {
            int at = i * WIDTH;
            if (!occupied(at)) {
                return false;
            }
            if (slots[at] == high && lowOf(slots[at + 1]) == lowOf(entry)) {
                return slots[at + 1] == entry;
            }
        }
    }

    @Override
    public String toString() {
        return "ExpiringFingerprints[" + size + " of " + capacity() + "]";
    }
}
