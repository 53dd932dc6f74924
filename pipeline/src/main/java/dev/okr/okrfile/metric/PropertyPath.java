package dev.okr.okrfile.metric;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The dotted paths that name event properties in metrics and conditions: names joined by dots, each
 * reaching one level deeper under {@code properties} ({@code context.device.type}). A name holds no
 * dot and neither starts nor ends with whitespace ({@code Plan Type} is a name).
 */
public final class PropertyPath {

    private static final String NAME = "[^.\\s]([^.]*[^.\\s])?";
    private static final Pattern PATH = Pattern.compile(NAME + "(\\." + NAME + ")*");

    private PropertyPath() {}

    /** Whether the text is a well-formed path. */
    public static boolean isValid(String path) {
        return path != null && PATH.matcher(path).matches();
    }

    /** The path itself, once checked. */
    public static String require(String path) {
        if (!isValid(path)) {
            throw new IllegalArgumentException("not a dotted property path: \"" + path + "\"");
        }
        return path;
    }

    /** The names along the path, outermost first: {@code [context, device, type]}. */
    public static List<String> segments(String path) {
        return List.of(require(path).split("\\."));
    }
}
