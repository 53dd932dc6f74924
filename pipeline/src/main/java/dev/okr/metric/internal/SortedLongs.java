package dev.okr.metric.internal;

import java.util.Arrays;

/** Sorted sets of longs in plain arrays: the compact form per-key state is kept in. */
public final class SortedLongs {

    private SortedLongs() {}

    public static final long[] EMPTY = new long[0];

    public static boolean contains(long[] set, long value) {
        return Arrays.binarySearch(set, value) >= 0;
    }

    /** The set with {@code value} added (the same array when it was there already). */
    public static long[] add(long[] set, long value) {
        int at = Arrays.binarySearch(set, value);
        if (at >= 0) {
            return set;
        }
        int insert = -at - 1;
        long[] grown = new long[set.length + 1];
        System.arraycopy(set, 0, grown, 0, insert);
        grown[insert] = value;
        System.arraycopy(set, insert, grown, insert + 1, set.length - insert);
        return grown;
    }

    /** The set without {@code value} (the same array when it was not there). */
    public static long[] remove(long[] set, long value) {
        int at = Arrays.binarySearch(set, value);
        if (at < 0) {
            return set;
        }
        long[] shrunk = new long[set.length - 1];
        System.arraycopy(set, 0, shrunk, 0, at);
        System.arraycopy(set, at + 1, shrunk, at, set.length - at - 1);
        return shrunk;
    }

    /** The smallest member at or above {@code from} and below {@code until}, or {@code until}. */
    public static long firstIn(long[] set, long from, long until) {
        int at = Arrays.binarySearch(set, from);
        int index = at >= 0 ? at : -at - 1;
        return index < set.length && set[index] < until ? set[index] : until;
    }

    /** Whether some member lies in [{@code from}, {@code to}]. */
    public static boolean anyIn(long[] set, long from, long to) {
        return firstIn(set, from, to + 1) <= to;
    }

    /** The set without its members below {@code bound}. */
    public static long[] dropBelow(long[] set, long bound) {
        int at = Arrays.binarySearch(set, bound);
        int index = at >= 0 ? at : -at - 1;
        return index == 0 ? set : Arrays.copyOfRange(set, index, set.length);
    }
}
