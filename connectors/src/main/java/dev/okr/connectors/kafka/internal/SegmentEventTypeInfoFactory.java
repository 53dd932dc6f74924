package dev.okr.connectors.kafka.internal;

import dev.okr.connectors.kafka.SegmentEvent;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Gives {@link SegmentEvent} its own serializer wherever Flink meets the type. */
public final class SegmentEventTypeInfoFactory extends TypeInfoFactory<SegmentEvent> {

    /** The type information of {@link SegmentEvent}. */
    public static final TypeInformation<SegmentEvent> TYPE =
            new SerializerTypeInfo<>(SegmentEvent.class, SegmentEventSerializer.INSTANCE);

    @Override
    public TypeInformation<SegmentEvent> createTypeInfo(
            Type t, Map<String, TypeInformation<?>> genericParameters) {
        return TYPE;
    }
}
