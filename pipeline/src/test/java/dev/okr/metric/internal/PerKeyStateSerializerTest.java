package dev.okr.metric.internal;

import java.util.Arrays;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.testutils.DeeplyEqualsChecker;

/**
 * Flink's contract test for state serializers: copies are independent, serialized forms round-trip
 * alone and in sequence, the snapshot restores the serializer.
 */
class PerKeyStateSerializerTest extends SerializerTestBase<PerKeyState> {

    PerKeyStateSerializerTest() {
        super(
                new DeeplyEqualsChecker()
                        .withCustomCheck(
                                (a, b) -> a instanceof PerKeyState && b instanceof PerKeyState,
                                (a, b, checker) -> same((PerKeyState) a, (PerKeyState) b)));
    }

    @Override
    protected TypeSerializer<PerKeyState> createSerializer() {
        return PerKeyStateSerializer.INSTANCE;
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<PerKeyState> getTypeClass() {
        return PerKeyState.class;
    }

    @Override
    protected PerKeyState[] getTestData() {
        PerKeyState visitor = new PerKeyState(3, 1, 0);
        visitor.activity[0] = new long[] {20_400};
        visitor.activity[2] = new long[] {1_762_041_600_000L, 1_764_633_600_000L};
        RetentionState noCohort = new RetentionState();
        noCohort.returnDays = new long[] {20_400, 20_401};
        visitor.retention[0] = noCohort;
        visitor.cleanupTimer = 1_765_000_000_000L;

        PerKeyState customer = new PerKeyState(1, 2, 2);
        RetentionState member = new RetentionState();
        member.cohortTime = 1_762_041_600_000L;
        member.cohortPasses = true;
        customer.retention[1] = member;
        FunnelState converted = new FunnelState();
        converted.fromTime = 1_762_041_600_000L;
        converted.toTimes = new long[] {1_762_045_200_000L};
        customer.funnels[0] = converted;
        FunnelState entered = new FunnelState();
        entered.fromTime = -5;
        customer.funnels[1] = entered;

        return new PerKeyState[] {
            new PerKeyState(0, 0, 0), new PerKeyState(2, 1, 1), visitor, customer
        };
    }

    private static boolean same(PerKeyState a, PerKeyState b) {
        return Arrays.deepEquals(a.activity, b.activity)
                && a.cleanupTimer == b.cleanupTimer
                && a.retention.length == b.retention.length
                && a.funnels.length == b.funnels.length
                && allSame(a, b);
    }

    private static boolean allSame(PerKeyState a, PerKeyState b) {
        for (int i = 0; i < a.retention.length; i++) {
            RetentionState x = a.retention[i];
            RetentionState y = b.retention[i];
            if (x == null || y == null
                    ? x != y
                    : x.cohortTime != y.cohortTime
                            || x.cohortPasses != y.cohortPasses
                            || !Arrays.equals(x.returnDays, y.returnDays)) {
                return false;
            }
        }
        for (int i = 0; i < a.funnels.length; i++) {
            FunnelState x = a.funnels[i];
            FunnelState y = b.funnels[i];
            if (x == null || y == null
                    ? x != y
                    : x.fromTime != y.fromTime
                            || x.fromPasses != y.fromPasses
                            || !Arrays.equals(x.toTimes, y.toTimes)) {
                return false;
            }
        }
        return true;
    }
}
