package dev.okr.okrfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of SPEC §2 across the files of a set: ids, parents, cycles, teams, one period. */
class SetRulesTest {

    private static final String COMPANY =
            """
            period: 2026-Q4
            timezone: Europe/Oslo
            objectives:
              - id: smb-leader
                title: Become the market leader in the SMB segment
                team: company
                owner: ceo@example.com
                key_results:
                  - {id: mau, title: MAU, metric: {type: active_users}, baseline: 1, target: 2}
                  - {id: paying, title: Paying, metric: {type: count}, baseline: 1, target: 2}
            """;

    private static ValidationReport validate(String... namesAndTexts) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return OkrFileLoader.validateTexts(texts);
    }

    private static String team(String objectives) {
        return "period: 2026-Q4\ntimezone: Europe/Oslo\nobjectives:\n" + objectives;
    }

    private static String objective(String id, String team, String parent) {
        return "  - id: "
                + id
                + "\n    title: "
                + id
                + "\n    team: "
                + team
                + "\n    owner: pm@example.com\n"
                + (parent == null ? "" : "    parent: " + parent + "\n")
                + "    key_results:\n"
                + "      - {id: "
                + id
                + "-a, title: A, metric: {type: count}, baseline: 1, target: 2}\n"
                + "      - {id: "
                + id
                + "-b, title: B, metric: {type: count}, baseline: 1, target: 2}\n";
    }

    @Test
    void aParentMayLiveInAnotherFileOfTheSet() {
        ValidationReport report =
                validate(
                        "company.yaml",
                        COMPANY,
                        "growth.yaml",
                        team(objective("onboarding", "growth", "smb-leader")));
        assertThat(report.problems()).isEmpty();
        OkrSet set = report.okrSet().orElseThrow();
        assertThat(set.children("smb-leader"))
                .extracting(Objective::id)
                .containsExactly("onboarding");
    }

    @Test
    void aParentThatDoesNotExistIsAnErrorWithTheClosestId() {
        ValidationReport report =
                validate(
                        "company.yaml",
                        COMPANY,
                        "growth.yaml",
                        team(objective("onboarding", "growth", "smb-leadr")));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:8:13: objective \"onboarding\" has parent \"smb-leadr\", which"
                                + " does not exist; did you mean \"smb-leader\"?");
    }

    @Test
    void aParentInAFileNotValidatedWithItSaysToValidateThemTogether() {
        ValidationReport report =
                validate("growth.yaml", team(objective("onboarding", "growth", "company-goal")));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:8:13: objective \"onboarding\" has parent \"company-goal\","
                                + " which does not exist; name an objective of these files, and"
                                + " validate the file that holds the parent together with this"
                                + " one");
    }

    @Test
    void duplicateObjectiveIdsAcrossFilesAreAnError() {
        ValidationReport report =
                validate(
                        "company.yaml",
                        COMPANY,
                        "growth.yaml",
                        team(objective("smb-leader", "growth", null)));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:4:9: objective id \"smb-leader\" is used twice (first at"
                                + " company.yaml:4:9); give each objective its own id");
    }

    @Test
    void duplicateKeyResultIdsAreAnError() {
        ValidationReport report =
                validate(
                        "company.yaml",
                        COMPANY,
                        "growth.yaml",
                        team(objective("mau", "growth", null).replace("id: mau-a", "id: mau")));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:9:14: key result id \"mau\" is used twice (first at"
                                + " company.yaml:9:14); give each key result its own id, since"
                                + " dashboards find a key result by its id");
    }

    @Test
    void aCycleOfParentsIsAnErrorNamingTheCycle() {
        ValidationReport report =
                validate(
                        "growth.yaml",
                        team(
                                objective("a", "growth", "b")
                                        + objective("b", "growth", "c")
                                        + objective("c", "growth", "a")));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:8:13: objective \"a\" is its own ancestor (a → b → c → a); a"
                                + " cascade ends at a root objective, so remove one of these"
                                + " parents");
    }

    @Test
    void anObjectiveThatIsItsOwnParentIsAnError() {
        ValidationReport report = validate("growth.yaml", team(objective("a", "growth", "a")));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:8:13: objective \"a\" names itself as parent; remove parent, or"
                                + " name the objective it rolls up into");
    }

    @Test
    void moreThanFiveObjectivesForOneTeamIsAWarning() {
        StringBuilder objectives = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            objectives.append(objective("o" + i, "growth", null));
        }
        ValidationReport report = validate("growth.yaml", team(objectives.toString()));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:41:11: warning: team \"growth\" has 6 objectives in 2026-Q4;"
                                + " more than five spreads a team thin, so keep the three to five"
                                + " that matter most");
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void filesOfASetShareOnePeriodAndZone() {
        ValidationReport report =
                validate(
                        "company.yaml",
                        COMPANY,
                        "growth.yaml",
                        team(objective("onboarding", "growth", "smb-leader"))
                                .replace("2026-Q4", "2026-Q3")
                                .replace("Europe/Oslo", "UTC"));
        assertThat(OkrYaml.lines(report))
                .containsExactly(
                        "growth.yaml:1:9: the file has period 2026-Q3, but company.yaml has 2026-Q4;"
                                + " files used together share one period",
                        "growth.yaml:2:11: the file has time zone UTC, but company.yaml has"
                                + " Europe/Oslo; files used together share one time zone");
    }
}
