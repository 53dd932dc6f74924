package dev.okr.okrfile;

/**
 * A class an OKR file names in a YAML tag. A loader that instantiated tagged classes would load it;
 * its static initializer records that in {@link TripwireLog}. Tests must not refer to it.
 */
public final class Tripwire {

    static {
        TripwireLog.LOADED.set(true);
    }

    public Tripwire() {
        TripwireLog.LOADED.set(true);
    }
}
