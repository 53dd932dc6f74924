package dev.okr.simulator;

/**
 * The simulated product in numbers: every rate the simulator draws from, in one place, so that the
 * demo can be tuned here. Rates with a {@link Drift} move over the simulated time range, some
 * improving, some flat, some worsening, so that Key Results measured on them land in every status.
 *
 * <p>Probabilities are per session unless said otherwise; durations in the unit their name says.
 */
public final class ProductRates {

    private ProductRates() {}

    // --- Who comes -------------------------------------------------------------------------

    /** Share of sessions by visitors who never sign up (marketing pages only). */
    static final double ANONYMOUS_VISIT = 0.10;

    /** Share of sessions on the mobile app (screens instead of pages). */
    static final double MOBILE = 0.30;

    /** Sign-up sources and their weights: ads, organic, referral. */
    static final String[] SIGNUP_SOURCES = {"ads", "organic", "referral"};

    static final double[] SIGNUP_SOURCE_WEIGHTS = {0.45, 0.40, 0.15};

    /** Plans at sign-up. */
    static final String[] PLANS = {"free", "team", "business"};

    static final double[] PLAN_WEIGHTS = {0.70, 0.22, 0.08};

    // --- Onboarding and activation ---------------------------------------------------------

    /** Chance to complete each of the 4 onboarding steps, given the previous one: improving. */
    static final Drift ONBOARDING_STEP_PASS = new Drift(0.78, 0.93);

    /** Minutes from sign-up to the first project (the "aha" moment): improving 10 → 4. */
    static final Drift MINUTES_TO_AHA = new Drift(10, 4);

    /** Chance a new user creates a project in the first session. */
    static final double FIRST_PROJECT = 0.65;

    /** Chance a new user comes back on day 7 (D7 retention): improving 15% → 24%. */
    static final Drift DAY7_RETURN = new Drift(0.15, 0.24);

    // --- Use of the product ----------------------------------------------------------------

    /** Page (or screen) views per session: 1 to this many. */
    static final int MAX_PAGE_VIEWS = 4;

    /** Page load time, median ms: improving 900 → 600. */
    static final Drift PAGE_LOAD_MS = new Drift(900, 600);

    /** Searches per session: 0 to this many. */
    static final int MAX_SEARCHES = 3;

    /** Median search latency in ms (log-normal, sigma 0.5): improving 420 → 260 (p95 ≈ 2.3×). */
    static final Drift SEARCH_LATENCY_MS = new Drift(420, 260);

    /** API requests per session: 1 to this many. */
    static final int MAX_API_REQUESTS = 3;

    /** Share of API requests answered 5xx: flat. */
    static final Drift API_ERROR_RATE = Drift.flat(0.02);

    /** Chance each feature is used in a session: insights grows, export flat, alerts shrinks. */
    static final String[] FEATURES = {"insights", "export", "alerts"};

    static final Drift[] FEATURE_USE = {
        new Drift(0.20, 0.40), Drift.flat(0.15), new Drift(0.12, 0.07)
    };

    /** Chance of a configuration error report: worsening 1% → 3%. */
    static final Drift CONFIGURATION_ERROR = new Drift(0.01, 0.03);

    /** Session length in seconds (log-normal median, sigma 0.6): slowly improving. */
    static final Drift SESSION_SECONDS = new Drift(420, 540);

    // --- Voice of the customer -------------------------------------------------------------

    /** Chance of an NPS answer. */
    static final double NPS_SURVEY = 0.03;

    /** Share of promoters (9-10) and detractors (0-6) among NPS answers: NPS 10 → 35. */
    static final Drift NPS_PROMOTERS = new Drift(0.40, 0.52);

    static final Drift NPS_DETRACTORS = new Drift(0.30, 0.17);

    /** Chance of a CSAT answer. */
    static final double CSAT_SURVEY = 0.02;

    /** Share of CSAT answers of 4 or 5: worsening 85% → 72%. */
    static final Drift CSAT_SATISFIED = new Drift(0.85, 0.72);

    /** Chance of a support ticket. */
    static final double TICKET = 0.02;

    /** Hours to the first reply (log-normal median): improving 8 → 3. */
    static final Drift TICKET_REPLY_HOURS = new Drift(8, 3);

    /** Chance of feedback. */
    static final double FEEDBACK = 0.02;

    static final String[] FEEDBACK_TOPICS = {"onboarding", "insights", "billing"};

    // --- Money -----------------------------------------------------------------------------

    /** Chance a new user starts a trial. */
    static final double TRIAL = 0.35;

    /** Chance a trial converts to a subscription (after 3-14 days): improving 14% → 22%. */
    static final Drift TRIAL_CONVERSION = new Drift(0.14, 0.22);

    /** Monthly recurring revenue of a new subscription, by plan (team, business). */
    static final double TEAM_MRR = 49;

    static final double BUSINESS_MRR = 199;

    /**
     * Customers who subscribed before the simulated range, as a share of the users who sign up over
     * it: the product has a past, so renewals and cancellations happen from the first day.
     */
    static final double EXISTING_CUSTOMERS = 0.08;

    /** Chance a subscribed user orders an add-on in a session. */
    static final double ORDER = 0.04;

    /** Mean add-on order revenue: flat. */
    static final Drift ORDER_REVENUE = Drift.flat(35);

    /** Chance a returning user churns after a session: flat. */
    static final Drift CHURN = Drift.flat(0.015);

    static final String[] CANCEL_REASONS = {"price", "missing_feature", "switched", "other"};

    /** Ad spend per channel per day, in EUR: rising (CAC worsens unless sign-ups keep up). */
    static final String[] AD_CHANNELS = {"search", "social"};

    static final Drift AD_SPEND_PER_DAY = new Drift(300, 420);

    // --- Operations ------------------------------------------------------------------------

    static final String[] SERVICES = {"api", "web", "search"};

    /** Health checks of every service, minutes apart. */
    static final int HEALTH_CHECK_MINUTES = 5;

    /** Chance a health check finds the service down: improving 1.0% → 0.2%. */
    static final Drift SERVICE_DOWN = new Drift(0.010, 0.002);

    /** Incidents per day, and their downtime in minutes (mean): downtime improving. */
    static final double INCIDENTS_PER_DAY = 0.3;

    static final Drift INCIDENT_MINUTES = new Drift(45, 20);
}
