package dev.okr.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the {@code okr} commands keep their working files (checkpoints, logs, the demo's servers):
 * {@code OKR_HOME}, by default {@code .okr} in the current directory.
 */
public final class OkrHome {

    private OkrHome() {}

    public static Path of(Map<String, String> env) {
        String home = env.get("OKR_HOME");
        return Path.of(home == null || home.isBlank() ? ".okr" : home).toAbsolutePath().normalize();
    }
}
