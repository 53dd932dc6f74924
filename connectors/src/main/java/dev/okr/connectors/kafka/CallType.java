package dev.okr.connectors.kafka;

/**
 * The Segment call of an event. {@code track}, {@code page} and {@code screen} are activity (a user
 * did something); {@code identify}, {@code group} and {@code alias} are valid but are not activity.
 */
public enum CallType {
    TRACK("track", true),
    PAGE("page", true),
    SCREEN("screen", true),
    IDENTIFY("identify", false),
    GROUP("group", false),
    ALIAS("alias", false);

    private static final CallType[] VALUES = values();

    private final String wireName;
    private final boolean activity;

    CallType(String wireName, boolean activity) {
        this.wireName = wireName;
        this.activity = activity;
    }

    /** The call as it appears in the {@code type} field, e.g. {@code track}. */
    public String wireName() {
        return wireName;
    }

    /** Whether events of this call are activity (track, page, screen). */
    public boolean isActivity() {
        return activity;
    }

    /** The call named {@code type} (exact, lower case), or null when it is not a Segment call. */
    public static CallType ofWireName(String type) {
        for (CallType call : VALUES) {
            if (call.wireName.equals(type)) {
                return call;
            }
        }
        return null;
    }

    static CallType ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
