package dev.okr.cli;

import dev.okr.status.InfluxQueryClient;
import dev.okr.status.InfluxQueryException;
import dev.okr.status.Scoreboard;
import dev.okr.status.ScoreboardRenderer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code okr status}: prints the current objectives and key results from InfluxDB. It reads the
 * store, so it shows exactly what the dashboards show.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Prints the current objectives and key results from InfluxDB.")
final class StatusCommand implements Callable<Integer> {

    /** How colours are chosen. */
    enum Colour {
        auto,
        always,
        never
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--influx-url",
            defaultValue = "${env:OKR_INFLUX_URL:-http://127.0.0.1:8086}",
            description = "InfluxDB base URL (env OKR_INFLUX_URL). Default: ${DEFAULT-VALUE}.")
    String influxUrl;

    @Option(
            names = "--influx-db",
            defaultValue = "${env:OKR_INFLUX_DB:-okr}",
            description = "InfluxDB database (env OKR_INFLUX_DB). Default: ${DEFAULT-VALUE}.")
    String influxDb;

    @Option(names = "--period", description = "Period to show. Default: the latest written.")
    String period;

    @Option(names = "--team", description = "Show only this team's objectives.")
    String team;

    @Option(
            names = "--color",
            defaultValue = "auto",
            description =
                    "Colours: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (on a terminal).")
    Colour colour;

    @Option(
            names = "--watch",
            paramLabel = "SECONDS",
            description = "Redraw every SECONDS seconds until interrupted.")
    Integer watchSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        InfluxQueryClient influx = new InfluxQueryClient(influxUrl, influxDb, System.getenv());
        boolean ansi = colour == Colour.always || (colour == Colour.auto && isTerminal());
        while (true) {
            Optional<Scoreboard> board;
            try {
                board =
                        Scoreboard.load(
                                influx, Optional.ofNullable(period), Optional.ofNullable(team));
            } catch (InfluxQueryException e) {
                spec.commandLine().getErr().println("okr status: " + e.getMessage());
                return 1;
            }
            if (watchSeconds != null && ansi) {
                out.print("\u001b[H\u001b[2J");
            }
            if (board.isPresent()) {
                out.print(ScoreboardRenderer.render(board.get(), ansi));
            } else {
                out.println(
                        "No OKR scores in database "
                                + influxDb
                                + " at "
                                + influxUrl
                                + " yet. Start the pipeline with `okr run` (or try `okr demo`).");
            }
            out.flush();
            if (watchSeconds == null) {
                return board.isPresent() ? 0 : 1;
            }
            Thread.sleep(watchSeconds * 1000L);
        }
    }

    private static boolean isTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null
                && System.getenv("NO_COLOR") == null
                && term != null
                && !term.equals("dumb");
    }
}
