package dev.okr.bench.internal;

import dev.okr.infra.local.LocalInflux;
import dev.okr.infra.local.LocalKafka;

/**
 * The Kafka broker and InfluxDB a bench runs against: the ones given, or local ones started on free
 * ports of 127.0.0.1 in temporary directories, stopped and deleted on {@link #close()}. Servers it
 * did not start it leaves running.
 */
public final class BenchServers implements AutoCloseable {

    private final LocalKafka kafka;
    private final LocalInflux influx;
    private final String bootstrap;
    private final InfluxHttpClient influxClient;

    private BenchServers(LocalKafka kafka, LocalInflux influx, String bootstrap, String influxUrl) {
        this.kafka = kafka;
        this.influx = influx;
        this.bootstrap = bootstrap;
        this.influxClient = new InfluxHttpClient(influxUrl);
    }

    /**
     * @param bootstrap a running broker, or null to start one
     * @param influxUrl a running InfluxDB, or null to start one
     */
    public static BenchServers open(String bootstrap, String influxUrl) {
        LocalKafka kafka = null;
        LocalInflux influx = null;
        try {
            if (bootstrap == null || bootstrap.isBlank()) {
                kafka = LocalKafka.builder().heap("1g").defaultPartitions(2).start();
                bootstrap = kafka.bootstrapServers();
            }
            if (influxUrl == null || influxUrl.isBlank()) {
                influx = LocalInflux.builder().start();
                influxUrl = influx.url();
            }
            return new BenchServers(kafka, influx, bootstrap, influxUrl);
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            throw e;
        }
    }

    public String bootstrap() {
        return bootstrap;
    }

    public InfluxHttpClient influx() {
        return influxClient;
    }

    /** Whether the servers were started by this bench (and so have nothing else on them). */
    public boolean started() {
        return kafka != null && influx != null;
    }

    @Override
    public void close() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (influx != null) {
                influx.close();
            }
        }
    }
}
