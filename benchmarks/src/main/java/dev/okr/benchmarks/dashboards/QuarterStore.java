package dev.okr.benchmarks.dashboards;

import dev.okr.connectors.influx.InfluxPoint;
import dev.okr.connectors.influx.internal.LineProtocol;
import dev.okr.job.OutputPoints;
import dev.okr.job.ScoredKeyResult;
import dev.okr.metric.KeyResultPlan;
import dev.okr.metric.MetricPlan;
import dev.okr.metric.WindowValue;
import dev.okr.metric.ZonedCalendar;
import dev.okr.okrfile.Objective;
import dev.okr.scoring.Grade;
import dev.okr.scoring.KeyResultScore;
import dev.okr.scoring.ObjectiveScore;
import dev.okr.scoring.ObjectiveScorer;
import dev.okr.scoring.Status;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a quarter of the pipeline's output to InfluxDB through the production point builders
 * ({@link OutputPoints}, {@link LineProtocol}) at the pipeline's cadence: every key result at every
 * day end, hourly ones at every hour end, the objectives' roll-up at every instant a key result is
 * read, the metric's complete windows, and optionally live readings every minute. Scores follow a
 * steady pace per key result with a wobble; one key result in 33 has no data in the last ten days,
 * so that the latest-value rows hold some without a score.
 */
final class QuarterStore {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;
    private static final int BATCH = 5_000;

    private final MetricPlan plan;
    private final OutputPoints output;
    private final ZonedCalendar calendar;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI write;
    private final StringBuilder batch = new StringBuilder();
    private int batched;
    private long written;

    QuarterStore(MetricPlan plan, String influxUrl, String database) {
        this.plan = plan;
        this.output = new OutputPoints(plan, MINUTE);
        this.calendar = plan.calendar();
        this.write =
                URI.create(
                        influxUrl
                                + "/write?precision=ns&db="
                                + URLEncoder.encode(database, StandardCharsets.UTF_8));
    }

    long written() {
        return written;
    }

    /** Every fixed reading instant of the period, in order: hour ends, day ends among them. */
    void writeQuarter() throws Exception {
        for (long t = plan.periodStart() + HOUR; t <= plan.periodEnd(); t += HOUR) {
            boolean dayEnd = calendar.dayStart(t) == t;
            read(t, kr -> kr.hourly() || dayEnd);
            if (dayEnd) {
                windows(t);
            }
        }
        flush();
    }

    /**
     * Live readings every minute over the period's last {@code days}, between the fixed instants.
     */
    void writeLive(int days) throws Exception {
        for (long t = plan.periodEnd() - days * DAY; t < plan.periodEnd(); t += MINUTE) {
            if (t % HOUR != 0) {
                read(t, kr -> true);
            }
        }
        flush();
    }

    private interface Reads {
        boolean at(KeyResultPlan kr);
    }

    /**
     * The key results read at {@code t}, then every objective's roll-up, as the pipeline writes
     * them.
     */
    private void read(long t, Reads reads) throws Exception {
        Map<Integer, KeyResultScore> scores = new HashMap<>();
        for (KeyResultPlan kr : plan.keyResults()) {
            if (reads.at(kr)) {
                ScoredKeyResult s = scored(kr, t);
                add(output.keyResult(s));
                scores.put(kr.index(), asScore(s));
            }
        }
        Map<String, ObjectiveScore> rolled = new HashMap<>();
        for (Objective o : plan.okrs().objectives()) {
            add(output.objective(o, rollUp(o, t, rolled), t));
        }
    }

    private ScoredKeyResult scored(KeyResultPlan kr, long t) {
        double elapsed =
                (double) (t - plan.periodStart()) / (plan.periodEnd() - plan.periodStart());
        double pace = 0.5 + (kr.index() * 37 % 80) / 100.0;
        double score =
                Math.max(
                        0,
                        Math.min(
                                1,
                                pace * elapsed + 0.05 * Math.sin(kr.index() + t / (double) DAY)));
        boolean noData = kr.index() % 33 == 0 && t > plan.periodEnd() - 10 * DAY;
        ScoredKeyResult s = new ScoredKeyResult();
        s.keyResult = kr.index();
        s.instant = t;
        s.expected = elapsed;
        s.baseline = 0;
        s.target = 1000;
        if (noData) {
            s.status = Status.NO_DATA.wireName();
            return s;
        }
        s.value = 1000 * score;
        s.progress = score;
        s.score = score;
        s.forecast = Math.min(1, pace);
        s.status = Status.of(score, elapsed).wireName();
        s.grade = Grade.of(score, false).wireName();
        return s;
    }

    private static KeyResultScore asScore(ScoredKeyResult s) {
        OptionalDouble score = s.hasScore() ? OptionalDouble.of(s.score) : OptionalDouble.empty();
        return new KeyResultScore(
                score,
                score,
                score,
                s.expected,
                Status.ON_TRACK,
                OptionalDouble.empty(),
                false,
                s.hasScore() ? Grade.of(s.score, false) : null);
    }

    /**
     * An objective's score from its key results' newest scores and its children's, as the roll-up
     * does.
     */
    private ObjectiveScore rollUp(Objective o, long t, Map<String, ObjectiveScore> rolled) {
        ObjectiveScore known = rolled.get(o.id());
        if (known != null) {
            return known;
        }
        List<ObjectiveScorer.Weighted> own = new ArrayList<>();
        for (KeyResultPlan kr : plan.keyResults()) {
            if (kr.objective().id().equals(o.id())) {
                own.add(
                        new ObjectiveScorer.Weighted(
                                asScore(
                                        scored(
                                                kr,
                                                calendar.dayStart(t) == t || kr.hourly()
                                                        ? t
                                                        : calendar.dayStart(t))),
                                1));
            }
        }
        List<OptionalDouble> children = new ArrayList<>();
        for (Objective child : plan.okrs().children(o.id())) {
            children.add(rollUp(child, t, rolled).score());
        }
        ObjectiveScore score = ObjectiveScorer.score(own, children, false);
        rolled.put(o.id(), score);
        return score;
    }

    /**
     * The metric windows that complete at day end {@code t}: the day, and each hour of it for
     * hourly metrics.
     */
    private void windows(long t) throws Exception {
        long dayStart = calendar.dayStart(t - 1);
        for (KeyResultPlan kr : plan.keyResults()) {
            add(
                    List.of(
                            output.window(
                                    new WindowValue(
                                            kr.index(),
                                            "day",
                                            dayStart,
                                            kr.index() + dayStart % 89))));
            if (kr.hourly()) {
                for (long h = dayStart; h < t; h += HOUR) {
                    add(
                            List.of(
                                    output.window(
                                            new WindowValue(
                                                    kr.index(), "hour", h, kr.index() + h % 97))));
                }
            }
        }
    }

    private void add(List<InfluxPoint> points) throws Exception {
        for (InfluxPoint p : points) {
            batch.append(LineProtocol.encode(p).line()).append('\n');
            if (++batched == BATCH) {
                flush();
            }
        }
    }

    private void flush() throws Exception {
        if (batched == 0) {
            return;
        }
        HttpResponse<String> answer =
                http.send(
                        HttpRequest.newBuilder(write)
                                .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException(
                    "InfluxDB answered " + answer.statusCode() + ": " + answer.body());
        }
        written += batched;
        batch.setLength(0);
        batched = 0;
    }
}
