package dev.okr.metric;

import dev.okr.connectors.kafka.SegmentEvent;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The first stage of the engine, chained to ingestion: matches each event against the plan, emits
 * contributions of aggregated parts on the main output and signals for the per-key stage on {@link
 * #SIGNALS}. Its first element also announces every key result, so that a key result no event
 * matches still gets its readings (with no value). It also refuses to restore state saved under
 * other OKR files ({@link PlanLayoutCheck}).
 */
public final class MatchFunction extends ProcessFunction<SegmentEvent, Contribution>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<Signal> SIGNALS = new OutputTag<>("metric-signals") {};

    private final MetricPlan plan;
    private transient EventMatcher matcher;
    private transient boolean announced;
    private transient PlanLayoutCheck layoutCheck;

    public MatchFunction(MetricPlan plan) {
        this.plan = plan;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        layoutCheck = new PlanLayoutCheck(plan);
        layoutCheck.initialize(context);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        layoutCheck.snapshot();
    }

    @Override
    public void processElement(SegmentEvent event, Context ctx, Collector<Contribution> out) {
        if (event.timestampMillis() >= plan.lastInstant()) {
            // Readings see the events before their instant, and none is taken after the period's
            // end or a bounded run's as-of instant: such an event matters to no reading.
            return;
        }
        if (matcher == null) {
            matcher = new EventMatcher(plan);
        }
        if (!announced) {
            for (KeyResultPlan kr : plan.keyResults()) {
                out.collect(new Contribution(kr.index(), -1, Contribution.INIT, 0, 0, 0, 0));
            }
            announced = true;
        }
        matcher.match(event, out::collect, signal -> ctx.output(SIGNALS, signal));
    }
}
