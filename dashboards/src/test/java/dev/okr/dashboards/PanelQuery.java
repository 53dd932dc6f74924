package dev.okr.dashboards;

import java.util.Optional;

/**
 * One InfluxQL query of a dashboard, as written (Grafana's macros and variables not yet replaced).
 *
 * @param dashboard the dashboard's title
 * @param panelId the panel's id; 0 for a variable
 * @param panel the panel's title, or {@code $name} for a variable
 * @param panelType {@code gauge}, {@code bargauge}, {@code stat}, {@code table}, {@code
 *     timeseries}, or {@code variable}
 * @param refId the target's refId; empty for a variable
 * @param query the InfluxQL text
 * @param format {@code table} or {@code time_series}
 * @param repeat the variable the panel is repeated for, or null
 */
record PanelQuery(
        String dashboard,
        int panelId,
        String panel,
        String panelType,
        String refId,
        String query,
        String format,
        String repeat) {

    boolean isVariable() {
        return panelType.equals("variable");
    }

    Optional<String> repeated() {
        return Optional.ofNullable(repeat);
    }

    @Override
    public String toString() {
        return dashboard + " / " + panel + (refId.isEmpty() ? "" : " " + refId);
    }
}
