package dev.okr.bench.internal;

import dev.okr.connectors.influx.internal.LineProtocol;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * InfluxDB's own write ceiling: {@link ScorePoints} pre-encoded as line protocol in 5,000-point
 * bodies, posted over several connections to a fresh database, timed from the first post to the
 * last answer. Encoding is done before and not timed, so the figure is the server's, not a
 * client's.
 */
public final class InfluxCeiling {

    /** Points per request body. */
    public static final int BATCH = 5_000;

    private InfluxCeiling() {}

    /** {@code points} points encoded as request bodies of {@link #BATCH} lines. */
    public static List<byte[]> encodeBodies(long points) {
        List<byte[]> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (long i = 0; i < points; i++) {
            body.append(LineProtocol.encode(ScorePoints.point(i)).line()).append('\n');
            if ((i + 1) % BATCH == 0 || i == points - 1) {
                bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
                body.setLength(0);
            }
        }
        return bodies;
    }

    /**
     * Posts every body to {@code database} (created first) over {@code connections} connections.
     *
     * @return points per second
     */
    public static double pointsPerSecond(
            InfluxHttpClient influx, String database, List<byte[]> bodies, int connections)
            throws Exception {
        influx.query("CREATE DATABASE " + database);
        ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>(bodies);
        long points = (long) (bodies.size() - 1) * BATCH + lines(bodies.get(bodies.size() - 1));
        ExecutorService posters = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                done.add(
                        posters.submit(
                                () -> {
                                    for (byte[] body; (body = queue.poll()) != null; ) {
                                        influx.write(database, body);
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return points / ((System.nanoTime() - start) / 1e9);
        } finally {
            posters.shutdownNow();
        }
    }

    private static int lines(byte[] body) {
        int n = 0;
        for (byte b : body) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
