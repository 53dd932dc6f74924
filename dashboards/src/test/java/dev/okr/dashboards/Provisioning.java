package dev.okr.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The module's provisioning files, read as Grafana reads them: dashboards as JSON, datasources,
 * dashboard providers and alerting as YAML. Paths are relative to the module directory, where Maven
 * runs the tests.
 */
final class Provisioning {

    /** What a Grafana admin copies to {@code /etc/grafana/provisioning/}. */
    static final Path ROOT = Path.of("provisioning");

    /** The uid of the provisioned datasource; every panel, variable and rule refers to it. */
    static final String DATASOURCE_UID = "okr-influxdb";

    static final Path DATASOURCE = ROOT.resolve("datasources/okr-influxdb.yaml");
    static final Path PROVIDER = ROOT.resolve("dashboards/okr.yaml");
    static final Path ALERTING = ROOT.resolve("alerting/okr-alerts.yaml");
    static final Path DASHBOARDS = ROOT.resolve("dashboards/okr");

    static final String OVERVIEW = "okr-overview";
    static final String TEAM = "okr-team";
    static final String KEY_RESULT = "okr-key-result";
    static final String HEALTH = "okr-pipeline-health";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Provisioning() {}

    /** Every dashboard file, in file name order. */
    static List<Dashboard> dashboards() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .map(f -> new Dashboard(f, json(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dashboard with this uid. */
    static Dashboard dashboard(String uid) {
        return dashboards().stream()
                .filter(d -> d.uid().equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dashboard with uid " + uid));
    }

    /** Every YAML file under the provisioning directory. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON file; a syntax error fails with the file and position. */
    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not valid JSON: " + file, e);
        }
    }

    /** Parses a YAML file; a syntax error fails with the file and position. */
    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML: " + file, e);
        }
    }
}
