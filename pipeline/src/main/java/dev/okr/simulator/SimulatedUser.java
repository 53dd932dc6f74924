package dev.okr.simulator;

/** A user of the simulated product, from sign-up to churn. */
final class SimulatedUser {
    final String id;
    final String anonymousId;
    final String plan;
    boolean subscribed;
    boolean churned;
    double mrr;

    SimulatedUser(String id, String anonymousId, String plan) {
        this.id = id;
        this.anonymousId = anonymousId;
        this.plan = plan;
    }
}
