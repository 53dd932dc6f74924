package dev.okr.metric.reference;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.metric.AverageMetric;
import dev.okr.okrfile.metric.Condition;
import dev.okr.okrfile.metric.ConversionMetric;
import dev.okr.okrfile.metric.DurationMetric;
import dev.okr.okrfile.metric.EventMetric;
import dev.okr.okrfile.metric.MaxMetric;
import dev.okr.okrfile.metric.Metric;
import dev.okr.okrfile.metric.MinMetric;
import dev.okr.okrfile.metric.NpsMetric;
import dev.okr.okrfile.metric.PercentileMetric;
import dev.okr.okrfile.metric.RatioMetric;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.SumMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The track events an OKR set reads, each with the properties it reads of them; {@value #ANY}
 * stands for any activity event. What a random stream must hold for the set to be computable.
 */
final class ExampleVocabulary {

    /** The key that stands for any activity event. */
    static final String ANY = "*";

    private final Map<String, Set<String>> properties = new TreeMap<>();

    private ExampleVocabulary() {}

    static Map<String, Set<String>> of(OkrSet okrs) {
        ExampleVocabulary vocabulary = new ExampleVocabulary();
        for (KeyResult kr : okrs.keyResults()) {
            vocabulary.add(kr.metric());
        }
        return vocabulary.properties;
    }

    private void add(Metric metric) {
        if (metric instanceof RatioMetric ratio) {
            add(ratio.numerator());
            add(ratio.denominator());
        } else if (metric instanceof EventMetric event) {
            Set<String> names =
                    event.filter().events().isEmpty() ? Set.of(ANY) : event.filter().events();
            List<String> read = new ArrayList<>(paths(event.filter().where()));
            propertyOf(event).ifPresent(read::add);
            names.forEach(name -> read(name, read));
        } else if (metric instanceof DurationMetric d) {
            List<String> fromProperties = new ArrayList<>(paths(d.where()));
            if (!d.keyedByUser()) {
                fromProperties.add(d.key());
                read(d.to(), List.of(d.key()));
            }
            read(d.from(), fromProperties);
            read(d.to(), List.of());
        } else if (metric instanceof RetentionMetric r) {
            read(r.cohortEvent(), paths(r.where()));
            r.returnEvents().forEach(name -> read(name, List.of()));
        } else if (metric instanceof ConversionMetric c) {
            read(c.from(), paths(c.where()));
            read(c.to(), List.of());
        }
    }

    private void read(String event, List<String> paths) {
        properties.computeIfAbsent(event, e -> new TreeSet<>()).addAll(paths);
    }

    private static List<String> paths(List<Condition> where) {
        return where.stream().map(Condition::path).toList();
    }

    private static Optional<String> propertyOf(EventMetric metric) {
        if (metric instanceof SumMetric m) {
            return Optional.of(m.property());
        }
        if (metric instanceof AverageMetric m) {
            return Optional.of(m.property());
        }
        if (metric instanceof MinMetric m) {
            return Optional.of(m.property());
        }
        if (metric instanceof MaxMetric m) {
            return Optional.of(m.property());
        }
        if (metric instanceof PercentileMetric m) {
            return Optional.of(m.property());
        }
        return metric instanceof NpsMetric m ? Optional.of(m.property()) : Optional.empty();
    }
}
