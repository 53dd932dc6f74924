package dev.okr.okrfile.metric;

import java.util.Objects;

/**
 * {@code active_users}: the distinct identities ({@code userId}, else {@code anonymousId}) with at
 * least one matching event in the window.
 */
public record ActiveUsersMetric(EventFilter filter, Window window) implements EventMetric {

    public ActiveUsersMetric {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
    }

    @Override
    public String type() {
        return "active_users";
    }
}
