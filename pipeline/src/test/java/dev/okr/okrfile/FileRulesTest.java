package dev.okr.okrfile;

import static dev.okr.okrfile.OkrYaml.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of SPEC §2 on a file's period, time zone and objectives. */
class FileRulesTest {

    @Test
    void anUnknownTimeZoneIsAnErrorWithTheClosestZone() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                timezone: Europe/Olso
                objectives: [{id: o, title: T, team: t, owner: x, key_results: []}]
                """))
                .contains(
                        "okrs.yaml:2:11: unknown time zone \"Europe/Olso\"; did you mean"
                                + " \"Europe/Oslo\"?");
    }

    @Test
    void aTimeZoneThatIsNoIanaNameIsAnError() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                timezone: Central European Time
                objectives: [{id: o, title: T, team: t, owner: x, key_results: []}]
                """))
                .contains(
                        "okrs.yaml:2:11: unknown time zone \"Central European Time\"; write an"
                                + " IANA time zone name such as Europe/Oslo, America/New_York or UTC");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAnError() {
        assertThat(
                        problemsOf(
                                """
                period: {start: 2026-12-31, end: 2026-10-01}
                objectives: [{id: o, title: T, team: t, owner: x, key_results: []}]
                """))
                .contains(
                        "okrs.yaml:1:34: the period ends (2026-10-01) before it starts"
                                + " (2026-12-31); swap start and end, or fix the dates");
    }

    @Test
    void aPeriodThatIsNoQuarterIsAnError() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q5
                objectives: [{id: o, title: T, team: t, owner: x, key_results: []}]
                """))
                .contains(
                        "okrs.yaml:1:9: the file has period \"2026-Q5\", which is not a quarter;"
                                + " write a quarter such as 2026-Q4, or dates such as {start: 2026-10-01,"
                                + " end: 2026-12-31}");
    }

    @Test
    void aFileWithoutPeriodOrObjectivesSaysWhatToAdd() {
        assertThat(
                        problemsOf(
                                """
                timezone: UTC
                """))
                .containsExactly(
                        "okrs.yaml:1:1: the file has no period; add one, e.g. period: 2026-Q4",
                        "okrs.yaml:1:1: the file has no objectives; add a list of objectives (see"
                                + " docs/okr-file.md)");
    }

    @Test
    void anUnknownTopLevelKeyIsAnErrorWithDidYouMean() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                timzone: UTC
                objectives: [{id: o, title: T, team: t, owner: x, key_results: []}]
                """))
                .contains(
                        "okrs.yaml:2:1: the file has unknown key \"timzone\"; did you mean"
                                + " \"timezone\"?");
    }

    @Test
    void anObjectiveWithoutOwnerIsAWarning() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - id: onboarding
                    title: Revitalize onboarding
                    team: growth
                    key_results:
                      - {id: a, title: A, metric: {type: count}, baseline: 1, target: 2}
                      - {id: b, title: B, metric: {type: count}, baseline: 1, target: 2}
                """))
                .containsExactly(
                        "okrs.yaml:3:5: warning: objective \"onboarding\" has no owner; name the"
                                + " person accountable for it, e.g. owner:"
                                + " growth-pm@example.com");
    }

    @Test
    void anObjectiveWithOneKeyResultIsAWarning() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - id: onboarding
                    title: Revitalize onboarding
                    team: growth
                    owner: pm@example.com
                    key_results:
                      - {id: a, title: A, metric: {type: count}, baseline: 1, target: 2}
                """))
                .containsExactly(
                        "okrs.yaml:7:5: warning: objective \"onboarding\" has 1 key result; measure"
                                + " an objective from two to five sides, so that one number cannot"
                                + " stand for it alone");
    }

    @Test
    void anObjectiveWithSixKeyResultsIsAWarning() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - id: onboarding
                    title: Revitalize onboarding
                    team: growth
                    owner: pm@example.com
                    key_results:
                      - {id: a, title: A, metric: {type: count}, baseline: 1, target: 2}
                      - {id: b, title: B, metric: {type: count}, baseline: 1, target: 2}
                      - {id: c, title: C, metric: {type: count}, baseline: 1, target: 2}
                      - {id: d, title: D, metric: {type: count}, baseline: 1, target: 2}
                      - {id: e, title: E, metric: {type: count}, baseline: 1, target: 2}
                      - {id: f, title: F, metric: {type: count}, baseline: 1, target: 2}
                """))
                .containsExactly(
                        "okrs.yaml:7:5: warning: objective \"onboarding\" has 6 key results; keep the"
                                + " two to five key results that best show the objective is met");
    }

    @Test
    void warningsAloneLeaveTheFileValid() {
        ValidationReport report =
                OkrFileLoader.validateTexts(
                        java.util.Map.of(
                                "okrs.yaml",
                                """
                                period: 2026-Q4
                                objectives:
                                  - id: onboarding
                                    title: Revitalize onboarding
                                    team: growth
                                """));
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.isValid()).as("warnings do not fail validation").isTrue();
        assertThat(report.okrSet().orElseThrow().objectives().get(0).keyResults()).isEmpty();
    }

    @Test
    void anObjectiveNeedsIdTitleAndTeam() {
        assertThat(
                        problemsOf(
                                """
                period: 2026-Q4
                objectives:
                  - owner: pm@example.com
                    key_results: []
                """))
                .containsExactly(
                        "okrs.yaml:3:5: objective 1 has no id; give it a short unique id, e.g. id:"
                                + " onboarding",
                        "okrs.yaml:3:5: objective 1 has no title; say what the objective wants to"
                                + " achieve",
                        "okrs.yaml:3:5: objective 1 has no team; name the team that owns it, e.g."
                                + " team: growth",
                        "okrs.yaml:4:5: warning: objective 1 has 0 key results; measure an"
                                + " objective from two to five sides, so that one number cannot"
                                + " stand for it alone");
    }
}
