package dev.okr.connectors.influx.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How the sink authenticates: not at all, with a user and password (HTTP Basic, which InfluxDB 1.x
 * and the v1 endpoints of 2.x and 3.x accept), or with an API token ({@code Authorization: Token},
 * for 2.x and 3.x).
 *
 * <p>The secret travels with the job graph, as any connector's credentials do, but never in a URL,
 * a log line, {@link #toString()} or an exception message: {@link #describe()} names the user only.
 */
public final class Credentials implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Credentials NONE = new Credentials(null, null, null);

    private final String user;
    private final String password;
    private final String token;

    private Credentials(String user, String password, String token) {
        this.user = user;
        this.password = password;
        this.token = token;
    }

    public static Credentials none() {
        return NONE;
    }

    public static Credentials userPassword(String user, String password) {
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("the InfluxDB user name is empty");
        }
        return new Credentials(user, Objects.requireNonNull(password, "password"), null);
    }

    public static Credentials token(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("the InfluxDB API token is empty");
        }
        return new Credentials(null, null, token);
    }

    /** The value of the {@code Authorization} header, if any. */
    public Optional<String> authorization() {
        if (token != null) {
            return Optional.of("Token " + token);
        }
        if (user != null) {
            String pair = user + ":" + password;
            return Optional.of(
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** Says which credentials these are, without the secret: for messages to the user. */
    public String describe() {
        if (token != null) {
            return "an API token";
        }
        if (user != null) {
            return "user \"" + user + "\" and a password";
        }
        return "no credentials";
    }

    @Override
    public String toString() {
        return describe();
    }
}
