package dev.okr.okrfile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test fixtures: a valid OKR file named {@code okrs.yaml} whose second key result is the one under
 * test, and the problems a text yields as {@code okr validate} prints them.
 */
final class OkrYaml {

    /** The file a fixture is validated as. */
    static final String FILE = "okrs.yaml";

    /**
     * Lines 1 to 13 of every {@link #withKeyResult} file; the key result under test starts on line
     * {@value #KEY_RESULT_LINE}, its keys in column 9 and their flow values in column 17.
     */
    static final String HEAD =
            """
            period: 2026-Q4
            timezone: Europe/Oslo
            objectives:
              - id: onboarding
                title: Revitalize onboarding
                team: growth
                owner: pm@example.com
                key_results:
                  - id: signups
                    title: Grow sign-ups
                    metric: {type: count, events: [Signed Up]}
                    baseline: 100
                    target: 200
            """;

    static final int KEY_RESULT_LINE = 14;

    private OkrYaml() {}

    /** A valid file plus this key result (written without indentation) as its second one. */
    static String withKeyResult(String keyResult) {
        String indented =
                keyResult
                        .lines()
                        .map(line -> "        " + line)
                        .collect(Collectors.joining("\n", "", "\n"));
        return HEAD + "      - " + indented.substring(8);
    }

    /** The problems of one text, as printed lines. */
    static List<String> problemsOf(String yaml) {
        return lines(OkrFileLoader.validateTexts(Map.of(FILE, yaml)));
    }

    static List<String> lines(ValidationReport report) {
        return report.problems().stream().map(Problem::toString).toList();
    }

    /** The first objective's second key result of a valid text. */
    static KeyResult keyResultOf(String yaml) throws InvalidOkrFileException {
        return OkrFileLoader.loadText(FILE, yaml).objectives().get(0).keyResults().get(1);
    }
}
