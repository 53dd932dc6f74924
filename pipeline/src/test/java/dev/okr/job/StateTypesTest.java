package dev.okr.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.okr.metric.Cell;
import dev.okr.metric.Contribution;
import dev.okr.metric.QuantileSketch;
import dev.okr.metric.Reading;
import dev.okr.metric.Signal;
import dev.okr.metric.internal.FunnelState;
import dev.okr.metric.internal.RetentionState;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every type the job keeps in state or sends between operators is a Flink POJO with no field that
 * falls back to Kryo: POJO serializers are several times faster, and state written by one version
 * of the job stays readable by the next when a field is added.
 */
class StateTypesTest {

    @ParameterizedTest
    @ValueSource(
            classes = {
                Cell.class,
                QuantileSketch.class,
                Contribution.class,
                Reading.class,
                Signal.class,
                RetentionState.class,
                FunnelState.class,
                RollUpRow.class,
                ScoredKeyResult.class
            })
    void isAPojoWithoutGenericFields(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);

        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        assertThatCode(() -> info.createSerializer(noKryo)).doesNotThrowAnyException();
    }
}
