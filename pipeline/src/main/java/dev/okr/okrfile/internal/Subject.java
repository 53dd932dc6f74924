package dev.okr.okrfile.internal;

/**
 * What a problem is about, as the start of its sentence ({@code key result "aha"}) and as ids for
 * machine-readable output.
 *
 * @param objective the objective's id, or null
 * @param keyResult the key result's id, or null
 * @param name how the sentence names it, e.g. {@code objective "onboarding"} or {@code the file}
 */
public record Subject(String objective, String keyResult, String name) {

    /** The file as a whole, for its top-level keys. */
    public static Subject file() {
        return new Subject(null, null, "the file");
    }

    /** The period mapping of the file. */
    public static Subject period() {
        return new Subject(null, null, "the period");
    }

    /** An objective, by id or else by its place in the list. */
    public static Subject objective(String id, int index) {
        return new Subject(
                id, null, id == null ? "objective " + (index + 1) : "objective \"" + id + "\"");
    }

    /** A key result of this objective, by id or else by its place in the list. */
    public Subject keyResult(String id, int index) {
        String name =
                id != null
                        ? "key result \"" + id + "\""
                        : "key result " + (index + 1) + " of " + this.name;
        return new Subject(objective, id, name);
    }

    /** The full sentence: this subject, then what is said of it. */
    public String says(String predicate) {
        return name + " " + predicate;
    }
}
