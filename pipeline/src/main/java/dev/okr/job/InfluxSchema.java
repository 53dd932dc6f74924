package dev.okr.job;

import java.util.List;

/**
 * Every measurement, tag and field the pipeline writes to InfluxDB (SPEC §6, the latest-value
 * measurements documented in docs/output.md, and the health meters Micrometer publishes). The
 * pipeline writes through these names and the dashboard tests read through them, so the two cannot
 * drift apart.
 */
public final class InfluxSchema {

    private InfluxSchema() {}

    /** The default database (on InfluxDB 2.x and 3.x: the mapped bucket). */
    public static final String DEFAULT_DATABASE = "okr";

    /** Prefix of the pipeline's own health measurements, written by Micrometer. */
    public static final String PIPELINE_PREFIX = "okr_pipeline_";

    // Tags shared by several measurements.
    public static final String PERIOD = "period";
    public static final String TEAM = "team";
    public static final String OBJECTIVE = "objective";
    public static final String KR = "kr";
    public static final String PARENT = "parent";
    public static final String WINDOW = "window";

    // Fields shared by several measurements.
    public static final String TITLE = "title";
    public static final String OWNER = "owner";
    public static final String SCORE = "score";
    public static final String VALUE = "value";

    /**
     * Field of the latest-value measurements: true on the one row of a key result or objective that
     * holds its newest reading, false on its other row.
     */
    public static final String CURRENT = "current";

    /** One point per key result and evaluation instant. */
    public static final class KeyResult {
        private KeyResult() {}

        public static final String MEASUREMENT = "okr_kr";
        public static final String UNIT = "unit";
        public static final String BASELINE = "baseline";
        public static final String TARGET = "target";
        public static final String PROGRESS = "progress";
        public static final String EXPECTED = "expected";
        public static final String STATUS = "status";
        public static final String FORECAST = "forecast";
        public static final String LIVE_VALUE = "live_value";
        public static final String SANDBAGGING = "sandbagging";

        public static final List<String> TAGS = List.of(PERIOD, TEAM, OBJECTIVE, KR);
        public static final List<String> FIELDS =
                List.of(
                        TITLE,
                        OWNER,
                        UNIT,
                        VALUE,
                        BASELINE,
                        TARGET,
                        PROGRESS,
                        SCORE,
                        EXPECTED,
                        STATUS,
                        FORECAST,
                        LIVE_VALUE,
                        SANDBAGGING);
    }

    /** One point per objective and evaluation instant; {@code parent} is absent on a root. */
    public static final class Objective {
        private Objective() {}

        public static final String MEASUREMENT = "okr_objective";
        public static final String KRS = "krs";
        public static final String KRS_WITH_VALUE = "krs_with_value";
        public static final String GREEN = "green";
        public static final String YELLOW = "yellow";
        public static final String RED = "red";

        public static final List<String> TAGS = List.of(PERIOD, TEAM, OBJECTIVE, PARENT);
        public static final List<String> FIELDS =
                List.of(TITLE, OWNER, SCORE, KRS, KRS_WITH_VALUE, GREEN, YELLOW, RED);
    }

    /** One point per key result metric window, at the window's start. */
    public static final class Metric {
        private Metric() {}

        public static final String MEASUREMENT = "okr_metric";

        public static final List<String> TAGS = List.of(PERIOD, KR, WINDOW);
        public static final List<String> FIELDS = List.of(VALUE);
    }

    /** Grades; {@code kr} is absent on an objective's own row. */
    public static final class Grade {
        private Grade() {}

        public static final String MEASUREMENT = "okr_grade";
        public static final String GRADE = "grade";
        public static final String FINAL = "final";

        public static final List<String> TAGS = List.of(PERIOD, TEAM, OBJECTIVE, KR);
        public static final List<String> FIELDS = List.of(SCORE, GRADE, FINAL);
    }

    /**
     * The newest {@code okr_kr} reading of each key result, for boards that must load at once: two
     * rows per key result at fixed instants, the one with {@code current=true} holding the newest
     * reading (docs/output.md).
     */
    public static final class KeyResultLatest {
        private KeyResultLatest() {}

        public static final String MEASUREMENT = "okr_kr_latest";

        public static final List<String> TAGS = KeyResult.TAGS;
        public static final List<String> FIELDS = List.of(TITLE, KeyResult.STATUS, SCORE, CURRENT);
    }

    /**
     * The newest {@code okr_objective} point of each objective, for boards that must load at once:
     * two rows per objective, as {@link KeyResultLatest} (docs/output.md).
     */
    public static final class ObjectiveLatest {
        private ObjectiveLatest() {}

        public static final String MEASUREMENT = "okr_objective_latest";

        public static final List<String> TAGS = Objective.TAGS;
        public static final List<String> FIELDS =
                List.of(
                        TITLE,
                        SCORE,
                        Objective.KRS,
                        Objective.KRS_WITH_VALUE,
                        Objective.GREEN,
                        Objective.YELLOW,
                        Objective.RED,
                        CURRENT);
    }

    /**
     * The pipeline's health measurements, as Micrometer's InfluxDB registry writes the meters of
     * {@code dev.okr.health.PipelineHealth} and of the sink (prefix {@code okr.pipeline.sink}):
     * dots become underscores. Counters and gauges carry {@link #VALUE}, the count of one step for
     * a counter; timers carry {@link #COUNT}, {@link #SUM}, {@link #MEAN} and {@link #UPPER}, in
     * milliseconds.
     */
    public static final class Health {
        private Health() {}

        public static final String EVENTS_IN = "okr_pipeline_events_in";
        public static final String EVENTS_REJECTED = "okr_pipeline_events_rejected";
        public static final String EVENTS_DUPLICATES = "okr_pipeline_events_duplicates";
        public static final String EVENTS_ACCEPTED = "okr_pipeline_events_accepted";
        public static final String EVENTS_AFTER_AS_OF = "okr_pipeline_events_after_as_of";
        public static final String WATERMARK_LAG = "okr_pipeline_watermark_lag";
        public static final String FRESHNESS = "okr_pipeline_freshness";
        public static final String SINK_POINTS_WRITTEN = "okr_pipeline_sink_points_written";
        public static final String SINK_BATCHES_WRITTEN = "okr_pipeline_sink_batches_written";
        public static final String SINK_RETRIES = "okr_pipeline_sink_retries";
        public static final String SINK_LINES_REJECTED = "okr_pipeline_sink_lines_rejected";
        public static final String SINK_VALUES_DROPPED = "okr_pipeline_sink_values_dropped";
        public static final String SINK_POINTS_DROPPED = "okr_pipeline_sink_points_dropped";
        public static final String SINK_WRITE_LATENCY = "okr_pipeline_sink_write_latency";
        public static final String JVM_HEAP_AFTER_GC = "okr_pipeline_jvm_memory_usage_after_gc";
        public static final String JVM_GC_OVERHEAD = "okr_pipeline_jvm_gc_overhead";

        /** Tag of {@link #EVENTS_REJECTED}: the reject reason code. */
        public static final String REASON = "reason";

        /** Tag of {@link #SINK_RETRIES}: {@code io}, {@code timeout} or {@code http-<status>}. */
        public static final String CAUSE = "cause";

        /** Tag of {@link #SINK_LINES_REJECTED}: InfluxDB's HTTP status, 0 when the sink refused. */
        public static final String STATUS = "status";

        /** Tag of the sink's meters: the database written to. */
        public static final String DATABASE = "database";

        /** Tags of {@link #JVM_HEAP_AFTER_GC}: {@code heap}, and the pool ({@code long-lived}). */
        public static final String AREA = "area";

        public static final String POOL = "pool";

        /** Tag Micrometer adds to every meter: counter, gauge, histogram... */
        public static final String METRIC_TYPE = "metric_type";

        public static final String COUNT = "count";
        public static final String SUM = "sum";
        public static final String MEAN = "mean";
        public static final String UPPER = "upper";

        public static final List<String> MEASUREMENTS =
                List.of(
                        EVENTS_IN,
                        EVENTS_REJECTED,
                        EVENTS_DUPLICATES,
                        EVENTS_ACCEPTED,
                        EVENTS_AFTER_AS_OF,
                        WATERMARK_LAG,
                        FRESHNESS,
                        SINK_POINTS_WRITTEN,
                        SINK_BATCHES_WRITTEN,
                        SINK_RETRIES,
                        SINK_LINES_REJECTED,
                        SINK_VALUES_DROPPED,
                        SINK_POINTS_DROPPED,
                        SINK_WRITE_LATENCY,
                        JVM_HEAP_AFTER_GC,
                        JVM_GC_OVERHEAD);
        public static final List<String> TAGS =
                List.of(REASON, CAUSE, STATUS, DATABASE, AREA, POOL, METRIC_TYPE);
        public static final List<String> FIELDS = List.of(VALUE, COUNT, SUM, MEAN, UPPER);
    }
}
