package dev.okr.connectors.influx.internal;

import java.io.Serializable;

/**
 * Where the sink writes: base URL, database, optional retention policy and credentials.
 *
 * @param url the base URL without a trailing slash, for example {@code http://127.0.0.1:8086}
 * @param retentionPolicy null for the database's default policy
 */
public record WriteTarget(
        String url, String database, String retentionPolicy, Credentials credentials)
        implements Serializable {}
