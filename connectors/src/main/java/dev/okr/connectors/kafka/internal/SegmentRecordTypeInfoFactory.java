package dev.okr.connectors.kafka.internal;

import dev.okr.connectors.kafka.SegmentRecord;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Gives {@link SegmentRecord} its own serializer wherever Flink meets the type. */
public final class SegmentRecordTypeInfoFactory extends TypeInfoFactory<SegmentRecord> {

    /** The type information of {@link SegmentRecord}. */
    public static final TypeInformation<SegmentRecord> TYPE =
            new SerializerTypeInfo<>(SegmentRecord.class, SegmentRecordSerializer.INSTANCE);

    @Override
    public TypeInformation<SegmentRecord> createTypeInfo(
            Type t, Map<String, TypeInformation<?>> genericParameters) {
        return TYPE;
    }
}
