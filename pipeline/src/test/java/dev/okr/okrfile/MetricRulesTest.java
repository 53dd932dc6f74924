package dev.okr.okrfile;

import static dev.okr.okrfile.OkrYaml.problemsOf;
import static dev.okr.okrfile.OkrYaml.withKeyResult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules on metric options of SPEC §4: ratios, flows, conditions and event names. */
class MetricRulesTest {

    @Test
    void aRatioNeedsANumeratorAndADenominator() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: error-rate
                title: Error rate
                metric: {type: ratio, numerator: {type: count, events: [API Request]}}
                baseline: 0.02
                target: 0.005
                """)))
                .containsExactly(
                        "okrs.yaml:16:17: key result \"error-rate\" has no denominator in its ratio;"
                                + " a ratio divides a numerator metric by a denominator metric,"
                                + " e.g. denominator: {type: count, events: [API Request]}");
    }

    @Test
    void aRatioPartIsNeitherARatioNorACohortMetric() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: nested
                title: Nested ratio
                metric:
                  type: ratio
                  numerator: {type: ratio}
                  denominator: {type: retention, cohort_event: Signed Up, day: 7}
                baseline: 0.5
                target: 0.6
                """)))
                .containsExactly(
                        "okrs.yaml:18:29: key result \"nested\" has a ratio metric as its ratio's"
                                + " numerator; a ratio divides event metrics or durations (not"
                                + " ratio, retention or conversion)",
                        "okrs.yaml:19:31: key result \"nested\" has a retention metric as its"
                                + " ratio's denominator; a ratio divides event metrics or durations"
                                + " (not ratio, retention or conversion)");
    }

    @Test
    void aRatioPartWithAnotherWindowIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: uptime
                title: Uptime
                metric:
                  type: ratio
                  numerator: {type: count, events: [Health Check], window: week}
                  denominator: {type: count, events: [Health Check], window: day}
                  window: day
                baseline: 0.99
                target: 0.999
                """)))
                .containsExactly(
                        "okrs.yaml:18:68: key result \"uptime\" has window week in its numerator but"
                                + " day on its ratio; a ratio divides two metrics over the same"
                                + " window, so set window once, on the ratio");
    }

    @Test
    void anUnknownOptionInsideARatioPartIsNamedAsSuch() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: csat
                title: CSAT
                metric:
                  type: ratio
                  numerator: {type: count, event: [CSAT Survey Submitted]}
                  denominator: {type: count, events: [CSAT Survey Submitted]}
                baseline: 0.78
                target: 0.9
                """)))
                .containsExactly(
                        "okrs.yaml:18:36: key result \"csat\" has unknown numerator option"
                                + " \"event\"; did you mean \"events\"?");
    }

    @Test
    void retentionAndConversionHaveNoWindow() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: trial
                title: Trial to paid
                metric: {type: conversion, from: Trial Started, to: Subscription Started, within: 14d, window: day}
                baseline: 0.12
                target: 0.2
                """)))
                .containsExactly(
                        "okrs.yaml:16:96: key result \"trial\" has a window on its conversion"
                                + " metric; conversion has none: its value covers the latest mature"
                                + " cohort days (cohorts, default 7), so remove window");
    }

    @Test
    void conversionNeedsAWithinWithAUnit() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: trial
                title: Trial to paid
                metric: {type: conversion, from: Trial Started, to: Subscription Started, within: 14}
                baseline: 0.12
                target: 0.2
                """)))
                .containsExactly(
                        "okrs.yaml:16:91: key result \"trial\" has within \"14\"; write a whole"
                                + " number above 0 and a unit, s, m, h, d or w, e.g. within: 14d or"
                                + " within: 1h");
    }

    @Test
    void retentionNeedsAWholeDayOfAtLeastOne() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: d7
                title: Day 7 retention
                metric: {type: retention, cohort_event: Signed Up, day: 0.5}
                baseline: 0.15
                target: 0.25
                """)))
                .containsExactly(
                        "okrs.yaml:16:65: key result \"d7\" has day 0.5; write a whole number of 1"
                                + " or more, e.g. day: 7");
    }

    @Test
    void durationNeedsFromAndTo() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: aha
                title: Time to aha
                metric: {type: duration, to: Project Created, unit: minute}
                baseline: 10
                target: 4
                """)))
                .containsExactly(
                        "okrs.yaml:16:17: key result \"aha\" has no from in its metric; name a"
                                + " track event, e.g. from: Signed Up",
                        "okrs.yaml:16:61: key result \"aha\" has unknown unit \"minute\"; did you"
                                + " mean \"minutes\"?");
    }

    @Test
    void npsNeedsItsSurveyEvent() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: nps
                title: NPS
                metric: {type: nps}
                baseline: 50
                target: 70
                """)))
                .containsExactly(
                        "okrs.yaml:16:17: key result \"nps\" has no event in its nps metric; name"
                                + " the survey event, e.g. event: NPS Survey Submitted");
    }

    @Test
    void whereRejectsUnknownOperatorsAndWrongOperands() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: errors
                title: Server errors
                metric:
                  type: count
                  events: [API Request]
                  where:
                    status: {gtee: 500}
                    plan: [pro, team]
                    endpoint: {gt: search}
                    region: {exists: yes}
                baseline: 100
                target: 50
                """)))
                .containsExactly(
                        "okrs.yaml:20:22: key result \"errors\" has unknown where operator"
                                + " \"gtee\" on \"status\"; did you mean \"gte\"?",
                        "okrs.yaml:21:19: key result \"errors\" has a list as the value of where"
                                + " property \"plan\"; to match any of several values write plan:"
                                + " {in: [a, b]}",
                        "okrs.yaml:22:28: key result \"errors\" has the text \"search\" after gt on"
                                + " \"endpoint\"; gt compares numbers, so write one, e.g. {gt: 500}",
                        "okrs.yaml:23:30: key result \"errors\" has the text \"yes\" after exists on"
                                + " \"region\"; write {exists: true} or {exists: false}");
    }

    @Test
    void eventsMayNotMixTheWildcardWithNames() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: active
                title: Active users
                metric: {type: active_users, events: ["*", Signed Up]}
                baseline: 100
                target: 200
                """)))
                .containsExactly(
                        "okrs.yaml:16:47: key result \"active\" has \"*\" among other events; \"*\""
                                + " already means any event");
    }

    @Test
    void aMetricWrittenAsAWordIsShownTheMappingForm() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: dau
                title: Daily active users
                metric: active_users
                baseline: 1800
                target: 2500
                """)))
                .containsExactly(
                        "okrs.yaml:16:17: key result \"dau\" has the text \"active_users\" as"
                                + " metric; a metric is a mapping, e.g. metric: {type: active_users}");
    }

    @Test
    void aPropertyPathWithAnEmptyNameIsAnError() {
        assertThat(
                        problemsOf(
                                withKeyResult(
                                        """
                id: load
                title: Page load
                metric: {type: average, property: context..load_ms}
                baseline: 1800
                target: 1000
                """)))
                .containsExactly(
                        "okrs.yaml:16:43: key result \"load\" has property \"context..load_ms\"; a"
                                + " property path is names joined by dots, e.g."
                                + " context.device.type");
    }
}
