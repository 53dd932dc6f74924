package dev.okr.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The datasource and dashboard provider files: they parse, and hold no secret. */
class ProvisioningFilesTest {

    /** A value made only of environment references, such as {@code $A} or {@code ${A}${B}}. */
    private static final Pattern ENVIRONMENT_ONLY = Pattern.compile("(\\$\\w+|\\$\\{\\w+})+");

    private static final Pattern SECRET_KEY =
            Pattern.compile(
                    "(?i).*(password|token|secret|apikey|api_key|credential|httpheadervalue).*");

    @Test
    void everyProvisioningFileParses() {
        assertThat(Provisioning.yamlFiles())
                .containsExactlyInAnyOrder(
                        Provisioning.DATASOURCE, Provisioning.PROVIDER, Provisioning.ALERTING);
        for (Path file : Provisioning.yamlFiles()) {
            assertThat(Provisioning.yaml(file).path("apiVersion").asInt())
                    .as(file.toString())
                    .isEqualTo(1);
        }
        Provisioning.dashboards().forEach(d -> assertThat(d.json().isObject()).isTrue());
    }

    @Test
    void everySecretComesFromTheEnvironment() {
        for (Path file : Provisioning.yamlFiles()) {
            for (Map.Entry<String, String> value : scalars(Provisioning.yaml(file), "")) {
                String key = value.getKey().substring(value.getKey().lastIndexOf('.') + 1);
                if (SECRET_KEY.matcher(key).matches()) {
                    assertThat(value.getValue())
                            .as(
                                    "%s: %s holds a secret; it must come from the environment",
                                    file, value.getKey())
                            .matches(ENVIRONMENT_ONLY);
                }
            }
        }
    }

    @Test
    void noDashboardCarriesACredential() {
        for (Dashboard d : Provisioning.dashboards()) {
            assertThat(d.json().toString().toLowerCase(java.util.Locale.ROOT))
                    .as(d.title())
                    .doesNotContain("password", "token", "securejsondata", "authorization");
        }
    }

    @Test
    void theDatasourceIsInfluxQlOverPostWithTheStableUidAndItsConnectionFromTheEnvironment() {
        JsonNode ds = Provisioning.yaml(Provisioning.DATASOURCE).path("datasources");
        assertThat(ds).hasSize(1);
        JsonNode influx = ds.get(0);
        assertThat(influx.path("uid").asText()).isEqualTo(Provisioning.DATASOURCE_UID);
        assertThat(influx.path("type").asText()).isEqualTo("influxdb");
        assertThat(influx.path("jsonData").path("version").asText()).isEqualTo("InfluxQL");
        assertThat(influx.path("jsonData").path("httpMode").asText()).isEqualTo("POST");
        assertThat(influx.path("url").asText()).isEqualTo("$OKR_INFLUX_URL");
        assertThat(influx.path("user").asText()).isEqualTo("$OKR_INFLUX_USER");
        assertThat(influx.path("database").asText()).isEqualTo("$OKR_INFLUX_DB");
        assertThat(influx.path("jsonData").path("dbName").asText()).isEqualTo("$OKR_INFLUX_DB");
        assertThat(influx.path("secureJsonData").path("password").asText())
                .as("the 1.x password or the 2.x/3.x token, whichever is set")
                .isEqualTo("${OKR_INFLUX_PASSWORD}${OKR_INFLUX_TOKEN}");
        assertThat(influx.path("editable").asBoolean(true)).isFalse();
    }

    @Test
    void dashboardsGoToTheOkrFolderAndCannotBeChangedInTheUi() {
        JsonNode providers = Provisioning.yaml(Provisioning.PROVIDER).path("providers");
        assertThat(providers).hasSize(1);
        JsonNode okr = providers.get(0);
        assertThat(okr.path("folder").asText()).isEqualTo("OKR");
        assertThat(okr.path("type").asText()).isEqualTo("file");
        assertThat(okr.path("allowUiUpdates").asBoolean(true)).isFalse();
        assertThat(okr.path("disableDeletion").asBoolean()).isTrue();
        assertThat(Path.of(okr.path("options").path("path").asText()))
                .as(
                        "where the dashboards land when provisioning/ is copied to /etc/grafana/provisioning/")
                .isEqualTo(Path.of("/etc/grafana").resolve(Provisioning.DASHBOARDS));
    }

    /** Every scalar under {@code node}, keyed by its dotted path. */
    static List<Map.Entry<String, String>> scalars(JsonNode node, String path) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties()
                    .forEach(e -> out.addAll(scalars(e.getValue(), path + "." + e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(scalars(node.get(i), path + "[" + i + "]"));
            }
        } else {
            out.add(Map.entry(path, node.asText()));
        }
        return out;
    }
}
