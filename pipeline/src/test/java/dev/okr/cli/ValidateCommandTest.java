package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    /** Five different mistakes, on lines 3, 12, 14, 20 and 26. */
    private static final String FIVE_MISTAKES =
            """
            period: 2026-Q4
            timezone: Europe/Oslo
            objectivs: []
            objectives:
              - id: onboarding
                title: Revitalize onboarding
                team: growth
                owner: pm@example.com
                key_results:
                  - id: aha
                    title: Reduce time to aha from 10 to 4 minutes
                    metric: {type: durration, from: Signed Up, to: Project Created}
                    baseline: 10
                    target: 10
                  - id: feedback
                    title: Collect 300 pieces of feedback
                    metric: {type: count, events: [Feedback Submitted], window: period}
                    baseline: 0
                    target: 300
                    deadline: 2027-02-01
                  - id: search
                    title: Reduce p95 search latency
                    metric:
                      type: percentile
                      property: latency_ms
                      p: 100
                    baseline: 2000
                    target: 200
            """;

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = OkrCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static String[] examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".yaml"))
                    .sorted()
                    .toArray(String[]::new);
        }
    }

    @Test
    void theExamplesAreValidAndExitZero() throws IOException {
        String[] args =
                Stream.concat(Stream.of("validate"), Stream.of(examples())).toArray(String[]::new);
        assertThat(run(args)).isEqualTo(ValidateCommand.EXIT_VALID);
        assertThat(out.toString().strip())
                .isEqualTo(
                        "okr validate: 4 files valid (10 objectives, 30 key results), no warnings.");
    }

    @Test
    void fiveDifferentMistakesArePrintedAllAtOnceByLine() throws IOException {
        String file = write("okrs.yaml", FIVE_MISTAKES);
        assertThat(run("validate", file)).isEqualTo(ValidateCommand.EXIT_INVALID);
        assertThat(out.toString().replace(dir + "/", "").lines())
                .containsExactly(
                        "okrs.yaml:3:1: the file has unknown key \"objectivs\"; did you mean"
                                + " \"objectives\"?",
                        "okrs.yaml:12:24: key result \"aha\" has unknown metric type \"durration\";"
                                + " did you mean \"duration\"?",
                        "okrs.yaml:14:17: key result \"aha\" has target equal to baseline (10); a"
                                + " key result must move a number",
                        "okrs.yaml:20:19: key result \"feedback\" has deadline 2027-02-01 outside"
                                + " the period 2026-Q4 (2026-10-01 to 2026-12-31); a deadline ends a"
                                + " key result early, so it falls inside the period",
                        "okrs.yaml:26:14: key result \"search\" has percentile p 100 outside (0,"
                                + " 100); write a number between 0 and 100, e.g. p: 95",
                        "okr validate: 5 errors in 1 file.");
    }

    @Test
    void warningsArePrintedAndTheFileIsStillValid() throws IOException {
        String file =
                write(
                        "okrs.yaml",
                        """
                        period: 2026-Q4
                        objectives:
                          - id: onboarding
                            title: Revitalize onboarding
                            team: growth
                            owner: pm@example.com
                            key_results:
                              - {id: a, title: A, metric: {type: count}, baseline: 1, target: 2}
                        """);
        assertThat(run("validate", file)).isEqualTo(ValidateCommand.EXIT_VALID);
        assertThat(out.toString().replace(dir + "/", "").lines())
                .containsExactly(
                        "okrs.yaml:7:5: warning: objective \"onboarding\" has 1 key result; measure"
                                + " an objective from two to five sides, so that one number cannot"
                                + " stand for it alone",
                        "okr validate: 1 file valid (1 objective, 1 key result), 1 warning.");
    }

    @Test
    void aMissingFileOrADirectoryIsUnreadableAndExitsTwo() throws IOException {
        String valid = write("okrs.yaml", FIVE_MISTAKES);
        String missing = dir.resolve("nope.yaml").toString();
        assertThat(run("validate", missing, dir.toString(), valid))
                .as("unreadable input wins over errors in the readable files")
                .isEqualTo(ValidateCommand.EXIT_UNREADABLE);
        assertThat(out.toString().lines())
                .contains(missing + ": no such file", dir + ": is a directory, not an OKR file");
    }

    @Test
    void jsonListsEveryProblemForCi() throws IOException {
        String file = write("okrs.yaml", FIVE_MISTAKES);
        assertThat(run("validate", "--format", "json", file))
                .isEqualTo(ValidateCommand.EXIT_INVALID);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isEqualTo(5);
        assertThat(json.get("warnings").asInt()).isZero();
        assertThat(json.get("files").get(0).asText()).isEqualTo(file);
        JsonNode aha = json.get("problems").get(2);
        assertThat(aha.get("file").asText()).isEqualTo(file);
        assertThat(aha.get("line").asInt()).isEqualTo(14);
        assertThat(aha.get("column").asInt()).isEqualTo(17);
        assertThat(aha.get("severity").asText()).isEqualTo("error");
        assertThat(aha.get("objective").asText()).isEqualTo("onboarding");
        assertThat(aha.get("key_result").asText()).isEqualTo("aha");
        assertThat(aha.get("message").asText())
                .isEqualTo(
                        "key result \"aha\" has target equal to baseline (10); a key result must"
                                + " move a number");
        assertThat(json.get("problems").get(0).get("key_result").isNull())
                .as("a problem of the file names no key result")
                .isTrue();
    }

    @Test
    void jsonGivesNoLineForAProblemOfTheWholeFile() throws IOException {
        String missing = dir.resolve("nope.yaml").toString();
        assertThat(run("validate", "--format=json", missing))
                .isEqualTo(ValidateCommand.EXIT_UNREADABLE);
        JsonNode problem = new ObjectMapper().readTree(out.toString()).get("problems").get(0);
        assertThat(problem.get("line").isNull()).isTrue();
        assertThat(problem.get("message").asText()).isEqualTo("no such file");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter", "FILE");
        assertThat(List.of(out.toString())).containsExactly("");
    }
}
