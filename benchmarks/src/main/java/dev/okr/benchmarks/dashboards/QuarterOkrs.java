package dev.okr.benchmarks.dashboards;

/**
 * The OKR file of the benchmark store: 10 teams of 5 objectives of 4 key results, 200 key results
 * in all, in Q4 2026 (Europe/Oslo). The first team's objectives are the company's (roots); every
 * other objective has one of them as its parent. One key result in five has an hourly metric, so it
 * is read every hour as well as every day, as the pipeline does.
 */
final class QuarterOkrs {

    static final int TEAMS = 10;
    static final int OBJECTIVES_PER_TEAM = 5;
    static final int KEY_RESULTS_PER_OBJECTIVE = 4;
    static final int HOURLY_EVERY = 5;

    private QuarterOkrs() {}

    static String team(int t) {
        return "team-" + t;
    }

    static String objective(int t, int o) {
        return "t" + t + "-objective-" + o;
    }

    static String yaml() {
        StringBuilder y =
                new StringBuilder("period: 2026-Q4\ntimezone: Europe/Oslo\nobjectives:\n");
        int k = 0;
        for (int t = 0; t < TEAMS; t++) {
            for (int o = 0; o < OBJECTIVES_PER_TEAM; o++) {
                y.append("  - id: ")
                        .append(objective(t, o))
                        .append('\n')
                        .append("    title: Objective ")
                        .append(o)
                        .append(" of ")
                        .append(team(t))
                        .append(", with a title as long as a real one\n")
                        .append("    team: ")
                        .append(team(t))
                        .append('\n')
                        .append("    owner: owner-")
                        .append(t)
                        .append("@example.com\n");
                if (t > 0) {
                    y.append("    parent: ")
                            .append(objective(0, (t + o) % OBJECTIVES_PER_TEAM))
                            .append('\n');
                }
                y.append("    key_results:\n");
                for (int r = 0; r < KEY_RESULTS_PER_OBJECTIVE; r++, k++) {
                    String window = k % HOURLY_EVERY == 0 ? "hour" : "day";
                    y.append("      - id: ")
                            .append(objective(t, o))
                            .append("-kr-")
                            .append(r)
                            .append('\n')
                            .append("        title: Grow the number of sign-ups of segment ")
                            .append(k)
                            .append(" from 0 to 1000\n")
                            .append("        metric: {type: count, events: [Signed Up], window: ")
                            .append(window)
                            .append("}\n")
                            .append("        baseline: 0\n")
                            .append("        target: 1000\n")
                            .append("        unit: users\n");
                }
            }
        }
        return y.toString();
    }
}
