package dev.okr.okrfile;

import static dev.okr.okrfile.OkrYaml.problemsOf;
import static dev.okr.okrfile.OkrYaml.withKeyResult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of SPEC §2 on one key result: each asserts the exact message and its place. */
class KeyResultRulesTest {

    @Test
    void aKeyResultWithoutMetricIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: launch
                title: Launch the new onboarding
                baseline: 0
                target: 1
                """)))
                .containsExactly(
                        "okrs.yaml:14:9: key result \"launch\" has no metric; a key result is a"
                                + " measurable outcome, not a task: give it a metric, e.g. metric:"
                                + " {type: count, events: [Signed Up]} (see docs/okr-file.md)");
    }

    @Test
    void targetEqualToBaselineIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: aha
                title: Time to aha
                metric: {type: duration, from: Signed Up, to: Project Created}
                baseline: 10
                target: 10.0
                """)))
                .containsExactly(
                        "okrs.yaml:18:17: key result \"aha\" has target equal to baseline (10); a"
                                + " key result must move a number");
    }

    @Test
    void aRelativeTargetOfZeroPercentIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: errors
                title: Configuration errors
                metric: {type: count, events: [Configuration Error Reported]}
                baseline: auto
                target: "+0%"
                """)))
                .containsExactly(
                        "okrs.yaml:18:17: key result \"errors\" has a relative target of 0%; a key"
                                + " result must move a number");
    }

    @Test
    void anUnknownMetricTypeIsAnErrorWithTheClosestType() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: mau
                title: Monthly active users
                metric: {type: active_user, window: trailing_28d}
                baseline: 6200
                target: 10000
                """)))
                .containsExactly(
                        "okrs.yaml:16:24: key result \"mau\" has unknown metric type"
                                + " \"active_user\"; did you mean \"active_users\"?");
    }

    @Test
    void anUnknownMetricTypeFarFromAnyListsTheTypes() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: mau
                title: Monthly active users
                metric: {type: happiness}
                baseline: 6200
                target: 10000
                """)))
                .containsExactly(
                        "okrs.yaml:16:24: key result \"mau\" has unknown metric type"
                                + " \"happiness\"; the types are active_users, count, sum, average,"
                                + " min, max, percentile, ratio, nps, duration, retention and"
                                + " conversion");
    }

    @Test
    void anUnknownMetricOptionIsAnErrorWithTheClosestOption() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: revenue
                title: Revenue
                metric: {type: sum, events: [Order Completed], propery: revenue}
                baseline: 100
                target: 200
                """)))
                .containsExactly(
                        "okrs.yaml:16:17: key result \"revenue\" has no property in its metric;"
                                + " name the numeric property to read, e.g. property: revenue",
                        "okrs.yaml:16:56: key result \"revenue\" has unknown metric option"
                                + " \"propery\"; did you mean \"property\"?");
    }

    @Test
    void anOptionOfAnotherMetricTypeListsTheOptionsOfThisOne() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: signups-week
                title: Sign-ups
                metric: {type: count, events: [Signed Up], p: 95}
                baseline: 100
                target: 200
                """)))
                .containsExactly(
                        "okrs.yaml:16:52: key result \"signups-week\" has unknown metric option"
                                + " \"p\"; a count metric takes type, events, where and window");
    }

    @Test
    void anUnknownKeyIsAnErrorWithDidYouMean() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: dau
                title: Daily active users
                metric: {type: active_users}
                baseline: 1800
                target: 2500
                wieght: 2
                """)))
                .containsExactly(
                        "okrs.yaml:19:9: key result \"dau\" has unknown key \"wieght\"; did you"
                                + " mean \"weight\"?");
    }

    @Test
    void aPercentileOfOneHundredIsOutsideTheOpenInterval() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: search-p95
                title: Search latency
                metric: {type: percentile, events: [Search Performed], property: latency_ms, p: 100}
                baseline: 2000
                target: 200
                """)))
                .containsExactly(
                        "okrs.yaml:16:89: key result \"search-p95\" has percentile p 100 outside"
                                + " (0, 100); write a number between 0 and 100, e.g. p: 95");
    }

    @Test
    void aDurationPercentileOfZeroIsOutsideTheOpenInterval() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: support
                title: Support response time
                metric: {type: duration, from: Ticket Created, to: Ticket Replied, statistic: p0}
                baseline: 24
                target: 6
                """)))
                .containsExactly(
                        "okrs.yaml:16:87: key result \"support\" has statistic p0, a percentile"
                                + " outside (0, 100); write one between p1 and p99.9, e.g. p95");
    }

    @Test
    void aDeadlineOutsideThePeriodIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: feedback
                title: Feedback
                metric: {type: count, events: [Feedback Submitted], window: period}
                baseline: 0
                target: 300
                deadline: 2027-01-15
                """)))
                .containsExactly(
                        "okrs.yaml:19:19: key result \"feedback\" has deadline 2027-01-15 outside"
                                + " the period 2026-Q4 (2026-10-01 to 2026-12-31); a deadline ends a"
                                + " key result early, so it falls inside the period");
    }

    @Test
    void aNumberWrittenInWordsIsAnErrorNamingTheKey() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: mau
                title: Monthly active users
                metric: {type: active_users, window: trailing_28d}
                baseline: 6200
                target: ten thousand
                """)))
                .containsExactly(
                        "okrs.yaml:18:17: key result \"mau\" has target \"ten thousand\", which is"
                                + " not a number; write it in digits without separators, e.g."
                                + " target: 10000");
    }

    @Test
    void aBaselineInWordsOrWithSeparatorsIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: mau
                title: Monthly active users
                metric: {type: active_users, window: trailing_28d}
                baseline: 6,200
                target: 10000
                """)))
                .containsExactly(
                        "okrs.yaml:17:19: key result \"mau\" has baseline \"6,200\", which is not a"
                                + " number; write it in digits (a share as a decimal, e.g. 0.15),"
                                + " or auto for the metric's reading when the period starts");
    }

    @Test
    void anUnsignedPercentTargetIsAmbiguous() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: d7
                title: Day 7 retention
                metric: {type: retention, cohort_event: Signed Up, day: 7}
                baseline: 0.15
                target: 25%
                """)))
                .containsExactly(
                        "okrs.yaml:18:17: key result \"d7\" has target \"25%\"; write a change"
                                + " relative to the baseline with its sign, e.g. \"+10%\" or"
                                + " \"-50%\", or a share as a decimal, e.g. 0.25");
    }

    @Test
    void aMaintainKeyResultNeedsAThresholdAndNoBaselineOrTarget() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: uptime
                title: Uptime
                metric: {type: count, events: [Health Check]}
                direction: maintain
                baseline: 0.99
                target: 0.999
                """)))
                .containsExactly(
                        "okrs.yaml:14:9: key result \"uptime\" has no threshold; a maintain key"
                                + " result keeps its metric at or above a threshold, e.g."
                                + " threshold: 0.999",
                        "okrs.yaml:18:9: key result \"uptime\" has direction: maintain and a"
                                + " baseline; a maintain key result has a threshold instead, so"
                                + " remove baseline",
                        "okrs.yaml:19:9: key result \"uptime\" has direction: maintain and a"
                                + " target; a maintain key result has a threshold instead, so"
                                + " remove target");
    }

    @Test
    void aThresholdWithoutMaintainIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: uptime
                title: Uptime
                metric: {type: count, events: [Health Check]}
                baseline: 10
                target: 20
                threshold: 0.999
                comparison: at_least
                """)))
                .containsExactly(
                        "okrs.yaml:19:9: key result \"uptime\" has a threshold but no direction:"
                                + " maintain; add direction: maintain, or remove threshold",
                        "okrs.yaml:20:9: key result \"uptime\" has a comparison but no direction:"
                                + " maintain; add direction: maintain, or remove comparison");
    }

    @Test
    void aDirectionThatContradictsTheNumbersIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: latency
                title: Latency
                metric: {type: average, events: [Search Performed], property: latency_ms}
                direction: increase
                baseline: 2000
                target: 200
                """)))
                .containsExactly(
                        "okrs.yaml:17:20: key result \"latency\" has direction: increase but its"
                                + " target lowers the baseline; fix the numbers, or drop direction"
                                + " (it follows from baseline and target)");
    }

    @Test
    void aKeyResultWithoutBaselineOrTargetIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: nps
                title: NPS
                metric: {type: nps, event: NPS Survey Submitted}
                """)))
                .containsExactly(
                        "okrs.yaml:14:9: key result \"nps\" has no baseline; write the metric's"
                                + " value at the start, or baseline: auto to take the metric's"
                                + " reading when the period starts",
                        "okrs.yaml:14:9: key result \"nps\" has no target; write the number to"
                                + " reach, or a change relative to the baseline such as \"+10%\"");
    }

    @Test
    void aWeightOfZeroIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: dau
                title: Daily active users
                metric: {type: active_users}
                baseline: 1800
                target: 2500
                weight: 0
                """)))
                .containsExactly(
                        "okrs.yaml:19:17: key result \"dau\" has weight 0; a weight is above 0"
                                + " (default 1): to leave a key result out, remove it");
    }

    @Test
    void anUnknownCommitmentAndWindowSuggestTheClosestWord() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: dau
                title: Daily active users
                metric: {type: active_users, window: trailing_7}
                baseline: 1800
                target: 2500
                commitment: commited
                """)))
                .containsExactly(
                        "okrs.yaml:16:46: key result \"dau\" has unknown window \"trailing_7\"; did"
                                + " you mean \"trailing_7d\"?",
                        "okrs.yaml:19:21: key result \"dau\" has unknown commitment \"commited\";"
                                + " did you mean \"committed\"?");
    }

    @Test
    void anIdWithSpacesIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: daily users
                title: Daily active users
                metric: {type: active_users}
                baseline: 1800
                target: 2500
                """)))
                .containsExactly(
                        "okrs.yaml:14:13: key result \"daily users\" has an id with characters"
                                + " other than letters, digits, \".\", \"_\" and \"-\" (at most 64);"
                                + " ids tag the dashboards, so write e.g. id: d7-retention");
    }

    @Test
    void aRelativeTargetOfABaselineOfZeroDoesNotMove() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: feedback
                title: Feedback
                metric: {type: count, events: [Feedback Submitted]}
                baseline: 0
                target: "+50%"
                """)))
                .containsExactly(
                        "okrs.yaml:18:17: key result \"feedback\" has target equal to baseline (0);"
                                + " a key result must move a number");
    }

    @Test
    void anEmptyValueIsAnErrorNamingTheKey() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: dau
                title:
                metric: {type: active_users}
                baseline: 1800
                target: 2500
                """)))
                .containsExactly(
                        "okrs.yaml:15:15: key result \"dau\" has an empty title; write a value or"
                                + " remove the key");
    }
}
