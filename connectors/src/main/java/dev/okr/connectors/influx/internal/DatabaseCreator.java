package dev.okr.connectors.influx.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * Creates the sink's database when a writer opens, retrying while InfluxDB is not up yet (as after
 * a fresh deployment) within the sink's max retry time, and failing at once on an answer that no
 * retry fixes, such as a user without admin rights.
 */
public final class DatabaseCreator {

    private final InfluxHttp http;
    private final Backoff backoff;
    private final Duration maxRetryTime;

    public DatabaseCreator(InfluxHttp http, Backoff backoff, Duration maxRetryTime) {
        this.http = http;
        this.backoff = backoff;
        this.maxRetryTime = maxRetryTime;
    }

    /**
     * @throws FatalWriteException when the database cannot be created; the message says why
     */
    public void createDatabase() {
        long deadline = System.nanoTime() + maxRetryTime.toNanos();
        String lastProblem;
        int failures = 0;
        while (true) {
            try {
                HttpResponse<String> response = http.createDatabase().get();
                String message = WriteResponses.message(response.body());
                int status = response.statusCode();
                if (status / 100 == 2 && !response.body().contains("\"error\"")) {
                    return;
                }
                if (status != 429 && status / 100 != 5) {
                    throw new FatalWriteException(
                            "could not create database \""
                                    + http.target().database()
                                    + "\": "
                                    + WriteResponses.fatal(status, message, http.target()));
                }
                lastProblem = "HTTP " + status + " " + message;
            } catch (ExecutionException e) {
                lastProblem = String.valueOf(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FatalWriteException("interrupted while creating the database", e);
            }
            long delay = backoff.delayMillis(++failures, -1);
            if (System.nanoTime() + delay * 1_000_000 > deadline) {
                throw new FatalWriteException(
                        "could not create database \""
                                + http.target().database()
                                + "\" at "
                                + http.target().url()
                                + " within "
                                + maxRetryTime.toSeconds()
                                + " s; the last attempt failed with: "
                                + lastProblem);
            }
            sleep(delay);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FatalWriteException("interrupted while creating the database", e);
        }
    }
}
