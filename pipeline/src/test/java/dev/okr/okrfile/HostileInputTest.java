package dev.okr.okrfile;

import static dev.okr.okrfile.OkrYaml.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: rejected with one plain sentence at its place, nothing created, memory bounded. */
class HostileInputTest {

    @TempDir Path dir;

    private List<String> problemsOfFile(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        return OkrYaml.lines(OkrFileLoader.validate(List.of(file))).stream()
                .map(line -> line.replace(dir.toString() + "/", ""))
                .toList();
    }

    @Test
    void misalignedIndentationIsRejectedAtTheFaultyLine() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - id: onboarding
                   title: misaligned
                """))
                .containsExactly(
                        "okrs.yaml:4:4: this is not valid YAML: this line is indented differently"
                                + " from the lines around it; line up keys of the same mapping");
    }

    @Test
    void aSecondColonOnALineIsRejectedWithAdviceToQuote() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - id: onboarding
                    title: Onboarding: the sequel
                """))
                .containsExactly(
                        "okrs.yaml:4:22: this is not valid YAML: a colon here starts a key where"
                                + " none can start; check the indentation, and quote a text that"
                                + " contains \": \"");
    }

    @Test
    void anUnclosedListIsRejectedWhereTheFileEnds() {
        assertThat(problemsOf("period: 2026-Q4\nobjectives: [unclosed\n"))
                .containsExactly(
                        "okrs.yaml:3:1: this is not valid YAML: the file ends inside a quoted text"
                                + " or a [list] or {mapping}; close it");
    }

    @Test
    void aBinaryFileIsRejectedAsNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, (byte) 0xff, 0x00};
        assertThat(problemsOfFile("logo.png", png))
                .containsExactly(
                        "logo.png: the file is not UTF-8 text (is it a binary or a spreadsheet?);"
                                + " an OKR file is YAML text");
    }

    @Test
    void anEmptyFileSaysWhatItNeeds() throws IOException {
        String expected =
                ":1:1: the file is empty; an OKR file needs a period and objectives (see"
                        + " docs/okr-file.md)";
        assertThat(problemsOfFile("empty.yaml", new byte[0]))
                .containsExactly("empty.yaml" + expected);
        assertThat(problemsOfFile("comments.yaml", "# to do\n\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("comments.yaml" + expected);
    }

    @Test
    void tabsInIndentationAreNamedOnEveryLine() {
        assertThat(problemsOf("period: 2026-Q4\nobjectives:\n\t- id: a\n  \t  title: A\n"))
                .containsExactly(
                        "okrs.yaml:3:1: a tab indents this line; YAML indents with spaces only, so"
                                + " replace the tab with spaces",
                        "okrs.yaml:4:3: a tab indents this line; YAML indents with spaces only, so"
                                + " replace the tab with spaces");
    }

    @Test
    void aBillionLaughsAliasBombIsRejectedAtTheAliasThatPassesTheBudget() {
        String lol = "lol, lol, lol, lol, lol, lol, lol, lol, lol";
        StringBuilder bomb = new StringBuilder("a: &a [" + lol + "]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            String refs = String.join(", ", java.util.Collections.nCopies(9, "*" + previous));
            bomb.append(level).append(": &").append(level).append(" [").append(refs).append("]\n");
            previous = level;
        }
        // Expanded, level i holds 9^9 (387 million) strings; sizes so far: a 10, b 1+9x10 = 91,
        // c 1+9x91 = 820, d 1+9x820 = 7381; the aliases of b, c and d stand for 8289 values,
        // so the first *d on line 5 passes the budget of 10,000.
        assertThat(problemsOf(bomb.toString()))
                .containsExactly(
                        "okrs.yaml:5:8: the aliases (*name) in this file stand for more than 10000"
                                + " values, far more than any OKR file needs (a YAML alias bomb);"
                                + " write the values out instead");
    }

    @Test
    void aFileOfFiftyMebibytesIsRejectedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertThat(OkrYaml.lines(OkrFileLoader.validate(List.of(big))))
                .containsExactly(
                        big
                                + ": the file is 50.0 MiB; an OKR file may be at most 1 MiB, so split"
                                + " it or check that this is the right file");
    }

    @Test
    void aTagNamingAJavaClassIsRejectedAndNothingIsInstantiated() {
        String exploit =
                "period: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                        + " [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n";
        assertThat(problemsOf(exploit))
                .containsExactly(
                        "okrs.yaml:1:9: the YAML tag !!javax.script.ScriptEngineManager is not"
                                + " allowed; an OKR file holds plain values only, so remove the tag"
                                + " (nothing was created from it)");
        assertThat(problemsOf("period: 2026-Q4\nobjectives:\n  - !!dev.okr.okrfile.Tripwire {}\n"))
                .containsExactly(
                        "okrs.yaml:3:5: the YAML tag !!dev.okr.okrfile.Tripwire is not allowed; an"
                                + " OKR file holds plain values only, so remove the tag (nothing"
                                + " was created from it)");
        assertThat(TripwireLog.LOADED)
                .as("a class named in a tag is never loaded, let alone instantiated")
                .isFalse();
    }

    @Test
    void aTagOnAKeyOrALocalTagIsRejectedToo() {
        assertThat(problemsOf("!foo period: 2026-Q4\n"))
                .containsExactly(
                        "okrs.yaml:1:1: the YAML tag !foo is not allowed; an OKR file holds plain"
                                + " values only, so remove the tag (nothing was created from it)");
    }

    @Test
    void aDuplicateKeyIsAnErrorNamingTheFirstOne() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - id: onboarding
                    title: Revitalize onboarding
                    title: Onboarding
                """))
                .containsExactly(
                        "okrs.yaml:5:5: the key \"title\" appears twice in this mapping (first on"
                                + " line 4); keep one");
    }

    @Test
    void nestingDeeperThanAnyOkrFileIsRejected() {
        String deep = "period: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(problemsOf(deep))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .endsWith(
                        "the file nests mappings and lists more than 64 deep, far more than any OKR"
                                + " file needs; check the indentation");
    }

    @Test
    void aSecondDocumentIsRejected() {
        assertThat(problemsOf("period: 2026-Q4\n---\nperiod: 2026-Q3\n"))
                .containsExactly(
                        "okrs.yaml:3:1: this is a second YAML document in the file (after ---);"
                                + " keep one OKR document per file");
    }

    @Test
    void mergeKeysAndUndefinedAliasesAreRejected() {
        assertThat(problemsOf("base: &base {team: growth}\nobjectives:\n  - <<: *base\n"))
                .containsExactly(
                        "okrs.yaml:3:5: merge keys (<<) are not supported in an OKR file; write the"
                                + " keys out");
        assertThat(problemsOf("period: *quarter\n"))
                .containsExactly(
                        "okrs.yaml:1:9: the alias *quarter refers to no anchor &quarter written"
                                + " before it; define the anchor first or write the value out");
    }

    @Test
    void anAnchorMayBeReusedWithinTheBudget() throws InvalidOkrFileException {
        OkrSet set =
                OkrFileLoader.loadText(
                        "okrs.yaml",
                        """
                        period: 2026-Q4
                        objectives:
                          - id: pro
                            title: Pro plan
                            team: growth
                            owner: pm@example.com
                            key_results:
                              - id: pro-orders
                                title: Pro orders
                                metric: {type: count, events: [Order Completed], where: &pro {plan: pro}}
                                baseline: 10
                                target: 20
                              - id: pro-users
                                title: Pro users
                                metric: {type: active_users, where: *pro}
                                baseline: 10
                                target: 20
                        """);
        List<KeyResult> krs = set.keyResults();
        assertThat(((dev.okr.okrfile.metric.EventMetric) krs.get(1).metric()).filter().where())
                .isEqualTo(
                        ((dev.okr.okrfile.metric.EventMetric) krs.get(0).metric())
                                .filter()
                                .where());
    }
}
