package dev.okr.okrfile;

import java.util.concurrent.atomic.AtomicBoolean;

/** Records whether {@link Tripwire} was ever loaded; tests read this, never Tripwire itself. */
final class TripwireLog {

    static final AtomicBoolean LOADED = new AtomicBoolean();

    private TripwireLog() {}
}
