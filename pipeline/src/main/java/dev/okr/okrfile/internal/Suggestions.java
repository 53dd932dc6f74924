package dev.okr.okrfile.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the known word closest to a mistyped one, when it is close enough. */
public final class Suggestions {

    /** Two edits at most: a transposed pair of letters ("tagret") is two. */
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    private Suggestions() {}

    /**
     * The closest candidate within two edits (ignoring case) that leaves at least two letters of
     * the word untouched, so that short words do not suggest unrelated ones.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d <= lower.length() - 2 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code ; did you mean "x"?} when a candidate is close, else the empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
    }

    /** {@code a, b and c}. */
    public static String list(Collection<String> words) {
        String[] w = words.toArray(String[]::new);
        if (w.length == 1) {
            return w[0];
        }
        return String.join(", ", java.util.Arrays.copyOf(w, w.length - 1))
                + " and "
                + w[w.length - 1];
    }
}
