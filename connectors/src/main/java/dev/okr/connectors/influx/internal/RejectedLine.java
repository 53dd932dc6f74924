package dev.okr.connectors.influx.internal;

/** A line InfluxDB will not store, with its answer. */
public record RejectedLine(String line, int status, String reason) {}
