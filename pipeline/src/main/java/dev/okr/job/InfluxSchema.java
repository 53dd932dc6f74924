package dev.okr.job;

import java.util.List;

/**
 * Every measurement, tag and field the pipeline writes to InfluxDB (SPEC §6, and the latest-value
 * measurements documented in docs/output.md). The pipeline writes through these names and the
 * dashboard tests read through them, so the two cannot drift apart.
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
}
