package dev.okr.metric;

import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.apache.flink.runtime.state.FunctionInitializationContext;

/**
 * Refuses to restore the engine's state into a plan of another layout ({@link
 * MetricPlan#layout()}): the state is numbered by the key results and parts of the OKR files it was
 * built from, so after a key result was added, removed, moved or given another metric, a restored
 * job would quietly attribute one key result's users and counts to another. The job fails once,
 * without restarts, saying to start it fresh; a fresh start reads the topic again from the period's
 * start and overwrites the same points.
 *
 * <p>The layout is kept in union operator state, so every subtask sees it after rescaling.
 */
final class PlanLayoutCheck {

    private final String layout;
    private ListState<String> saved;

    PlanLayoutCheck(MetricPlan plan) {
        this.layout = plan.layout();
    }

    /**
     * Registers the state and, on a restore, compares the saved layout with this plan's.
     *
     * @throws SuppressRestartsException when the saved layout differs: a restart cannot help
     */
    void initialize(FunctionInitializationContext context) throws Exception {
        saved =
                context.getOperatorStateStore()
                        .getUnionListState(new ListStateDescriptor<>("plan-layout", Types.STRING));
        if (!context.isRestored()) {
            return;
        }
        for (String previous : saved.get()) {
            if (!previous.equals(layout)) {
                throw new SuppressRestartsException(
                        new IllegalStateException(
                                "the OKR files' key results or metrics changed since this state was"
                                        + " saved, so it cannot be restored; start the job without"
                                        + " the savepoint or checkpoint: it reads the topic again"
                                        + " from the period's start and rewrites the same points."
                                        + " Saved: "
                                        + previous
                                        + " Now: "
                                        + layout));
            }
        }
    }

    void snapshot() throws Exception {
        saved.update(List.of(layout));
    }
}
