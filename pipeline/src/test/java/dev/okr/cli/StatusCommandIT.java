package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.testkit.LocalServersExtension;
import dev.okr.testkit.TestInflux;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** {@code okr status} against a real influxd holding points as the pipeline writes them. */
@ExtendWith(LocalServersExtension.class)
class StatusCommandIT {

    private static final long MONDAY =
            Instant.parse("2026-11-23T00:00:00Z").toEpochMilli() * 1_000_000;
    private static final long TUESDAY =
            Instant.parse("2026-11-24T00:00:00Z").toEpochMilli() * 1_000_000;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int status(String... args) {
        CommandLine cli = OkrCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "status";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private static void fill(TestInflux influx, String db) {
        influx.write(
                db,
                "okr_objective,period=2026-Q4,team=company,objective=company-growth"
                        + " title=\"Become the market leader in the SMB segment\",score=0.5,krs=1i,krs_with_value=1i "
                        + MONDAY,
                "okr_objective,period=2026-Q4,team=company,objective=company-growth"
                        + " title=\"Become the market leader in the SMB segment\",score=0.62,krs=1i,krs_with_value=1i "
                        + TUESDAY,
                "okr_objective,period=2026-Q4,team=growth,objective=onboarding,parent=company-growth"
                        + " title=\"Revitalize onboarding\",score=0.4,krs=2i,krs_with_value=1i "
                        + TUESDAY,
                "okr_kr,period=2026-Q4,team=company,objective=company-growth,kr=mau"
                        + " title=\"Monthly active users\",unit=\"users\",value=7800,baseline=6200,target=10000,"
                        + "score=0.42,status=\"at_risk\" "
                        + TUESDAY,
                "okr_kr,period=2026-Q4,team=growth,objective=onboarding,kr=d7-retention"
                        + " title=\"Day 7 retention\",unit=\"ratio\",value=0.19,baseline=0.15,target=0.25,"
                        + "score=0.4,status=\"on_track\" "
                        + TUESDAY,
                "okr_kr,period=2026-Q4,team=growth,objective=onboarding,kr=time-to-aha"
                        + " title=\"Time to aha\",unit=\"minutes\",baseline=10,target=4,status=\"no_data\" "
                        + TUESDAY);
    }

    @Test
    void printsObjectivesAsATreeWithTheLatestScoreOfEachKeyResult(TestInflux influx) {
        String db = influx.createDatabase();
        fill(influx, db);

        int exit = status("--influx-url", influx.url(), "--influx-db", db, "--color", "never");

        assertThat(exit).as(err.toString()).isZero();
        String board = out.toString();
        assertThat(board).startsWith("OKRs 2026-Q4  as of 2026-11-24 00:00 UTC");
        assertThat(board).doesNotContain("\u001b[");
        assertThat(board)
                .containsSubsequence(
                        "Become the market leader in the SMB segment  [company]",
                        "0.62  1 of 1 key results measured",
                        "mau",
                        "7,800 users",
                        "6,200 users → 10,000 users",
                        "0.42  at_risk",
                        "Revitalize onboarding  [growth]",
                        "0.40  1 of 2 key results measured",
                        "d7-retention",
                        "19.0%",
                        "15.0% → 25.0%",
                        "on_track",
                        "time-to-aha",
                        "–",
                        "no_data");
        assertThat(board.lines().filter(l -> l.contains("Revitalize onboarding")).findFirst())
                .as("a child objective is indented under its parent")
                .hasValueSatisfying(l -> assertThat(l).startsWith("  Revitalize"));
    }

    @Test
    void narrowsTheBoardToOneTeam(TestInflux influx) {
        String db = influx.createDatabase();
        fill(influx, db);

        status(
                "--influx-url",
                influx.url(),
                "--influx-db",
                db,
                "--color",
                "never",
                "--team",
                "growth");

        assertThat(out.toString()).contains("d7-retention").doesNotContain("mau");
    }

    @Test
    void colouredOutputPaintsStatuses(TestInflux influx) {
        String db = influx.createDatabase();
        fill(influx, db);

        status("--influx-url", influx.url(), "--influx-db", db, "--color", "always");

        assertThat(out.toString())
                .contains("\u001b[33mat_risk\u001b[0m", "\u001b[32mon_track\u001b[0m");
    }

    @Test
    void saysPlainlyWhenThereIsNothingToShow(TestInflux influx) {
        String db = influx.createDatabase();

        int exit = status("--influx-url", influx.url(), "--influx-db", db);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("No OKR scores in database " + db);
    }

    @Test
    void saysPlainlyWhenInfluxCannotBeReached() {
        int exit = status("--influx-url", "http://127.0.0.1:9", "--influx-db", "okr");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("okr status: InfluxDB at http://127.0.0.1:9 cannot be reached");
    }
}
