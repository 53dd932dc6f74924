package dev.okr.bench;

import java.util.List;

/**
 * The figures of one section of a bench report, with a sentence on how they were measured.
 *
 * @param notes how the figures were measured, one line each
 */
public record BenchTable(
        BenchSection section, String title, List<String> notes, List<Figure> figures) {

    public BenchTable {
        notes = List.copyOf(notes);
        figures = List.copyOf(figures);
    }
}
