package dev.okr.connectors.influx;

import java.io.Serializable;

/** Turns a stream element into the InfluxDB point the sink writes for it. */
@FunctionalInterface
public interface InfluxPointSerializer<IN> extends Serializable {

    InfluxPoint toPoint(IN element);
}
