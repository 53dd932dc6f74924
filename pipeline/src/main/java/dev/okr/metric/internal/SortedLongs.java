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
        return insertAt(set, -at - 1, value);
    }

    /** The set without {@code value} (the same array when it was not there). */
    public static long[] remove(long[] set, long value) {
        int at = Arrays.binarySearch(set, value);
        if (at < 0) {
            return set;
        }
        return removeAt(set, at);
    }

    /** A copy of {@code array} with {@code value} inserted at position {@code at}. */
    public static long[] insertAt(long[] array, int at, long value) {
        long[] grown = new long[array.length + 1];
        System.arraycopy(array, 0, grown, 0, at);
        grown[at] = value;
        System.arraycopy(array, at, grown, at + 1, array.length - at);
        return grown;
    }

    /** A copy of {@code array} without the element at position {@code at}. */
    public static long[] removeAt(long[] array, int at) {
        long[] shrunk = new long[array.length - 1];
        System.arraycopy(array, 0, shrunk, 0, at);
        System.arraycopy(array, at + 1, shrunk, at, array.length - at - 1);
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
