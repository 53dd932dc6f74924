package dev.okr.status;

import dev.okr.status.Scoreboard.KeyResultLine;
import dev.okr.status.Scoreboard.ObjectiveLine;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Scoreboard} as a text table: objectives as a tree (children under their parent),
 * each key result with its value, baseline → target, a score bar and its status. Colours (ANSI)
 * only when asked, so piped output stays plain.
 */
public final class ScoreboardRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final int BAR = 10;
    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final boolean colour;
    private final StringBuilder out = new StringBuilder();

    private ScoreboardRenderer(boolean colour) {
        this.colour = colour;
    }

    public static String render(Scoreboard board, boolean colour) {
        ScoreboardRenderer r = new ScoreboardRenderer(colour);
        r.header(board);
        for (ObjectiveLine root : roots(board)) {
            r.objective(board, root, 0);
        }
        return r.out.toString();
    }

    private void header(Scoreboard board) {
        out.append(paint(BOLD, "OKRs " + board.period()))
                .append(paint(DIM, "  as of " + AS_OF.format(board.asOf())))
                .append('\n');
    }

    private static List<ObjectiveLine> roots(Scoreboard board) {
        List<ObjectiveLine> roots = new ArrayList<>();
        for (ObjectiveLine o : board.objectives()) {
            boolean parentShown =
                    o.parent() != null
                            && board.objectives().stream().anyMatch(p -> p.id().equals(o.parent()));
            if (!parentShown) {
                roots.add(o);
            }
        }
        return roots;
    }

    private void objective(Scoreboard board, ObjectiveLine o, int depth) {
        String indent = "  ".repeat(depth);
        out.append('\n')
                .append(indent)
                .append(paint(BOLD, o.title() == null ? o.id() : o.title()))
                .append(paint(DIM, "  [" + o.team() + "]"))
                .append('\n')
                .append(indent)
                .append("  ")
                .append(bar(o.score(), gradeColour(o.score())))
                .append(' ')
                .append(score(o.score()))
                .append(
                        paint(
                                DIM,
                                "  "
                                        + o.krsWithValue()
                                        + " of "
                                        + o.krs()
                                        + " key results measured"))
                .append('\n');
        for (KeyResultLine kr : board.keyResults()) {
            if (kr.objective().equals(o.id())) {
                keyResult(kr, indent + "    ");
            }
        }
        for (ObjectiveLine child : board.objectives()) {
            if (o.id().equals(child.parent())) {
                objective(board, child, depth + 1);
            }
        }
    }

    private void keyResult(KeyResultLine kr, String indent) {
        String colour = statusColour(kr.status());
        out.append(indent)
                .append(pad(kr.id(), 22))
                .append(' ')
                .append(pad(Values.format(kr.value(), kr.unit()), 14))
                .append(' ')
                .append(
                        pad(
                                Values.format(kr.baseline(), kr.unit())
                                        + " → "
                                        + Values.format(kr.target(), kr.unit()),
                                28))
                .append(' ')
                .append(bar(kr.score(), colour))
                .append(' ')
                .append(score(kr.score()))
                .append("  ")
                .append(paint(colour, kr.status() == null ? "" : kr.status()))
                .append('\n');
    }

    private String bar(Double score, String colour) {
        int filled = score == null ? 0 : (int) Math.round(Math.max(0, Math.min(1, score)) * BAR);
        return paint(colour, "█".repeat(filled)) + paint(DIM, "░".repeat(BAR - filled));
    }

    private static String score(Double score) {
        return score == null ? "  – " : String.format(Locale.ROOT, "%.2f", score);
    }

    private static String gradeColour(Double score) {
        if (score == null) {
            return DIM;
        }
        return score >= 0.7 ? GREEN : score >= 0.4 ? YELLOW : RED;
    }

    private static String statusColour(String status) {
        if (status == null) {
            return DIM;
        }
        return switch (status) {
            case "achieved", "on_track" -> GREEN;
            case "at_risk" -> YELLOW;
            case "off_track" -> RED;
            default -> DIM;
        };
    }

    private String paint(String ansi, String text) {
        return colour ? ansi + text + RESET : text;
    }

    /** Pads to {@code width}; a longer text is kept whole and pushes the next column. */
    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
