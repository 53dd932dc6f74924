package dev.okr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The versions {@code okr --version} prints: ours and those of the frameworks we run on. */
public final class OkrVersion implements IVersionProvider {

    /** The project's version, from the build. */
    public static String version() {
        return properties().getProperty("version");
    }

    @Override
    public String[] getVersion() {
        Properties p = properties();
        return new String[] {
            "okr " + p.getProperty("version"),
            "Flink " + p.getProperty("flink") + ", Kafka clients " + p.getProperty("kafka"),
            "Java "
                    + System.getProperty("java.version")
                    + " ("
                    + System.getProperty("java.vendor")
                    + ")"
        };
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = OkrVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
