package dev.okr.bench.internal;

import dev.okr.connectors.kafka.KafkaClientSettings;
import dev.okr.simulator.SimulatedRecord;
import dev.okr.simulator.Simulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The live load of a freshness run, cheap to produce: a block of simulated events is generated
 * before the run, then sent again and again at a fixed rate, each time with the event time of its
 * send and a message id of its own. The simulator's own live mode builds every event's JSON as it
 * goes, which at the rates asked here took most of a core that the pipeline then lacked; a real
 * pipeline's producers run elsewhere.
 */
public final class ReplayedLoad implements AutoCloseable {

    private static final byte[] MESSAGE_ID = bytes("\"messageId\":\"");
    private static final byte[] TIMESTAMP = bytes("\"timestamp\":\"");
    private static final byte[] QUOTE = {'"'};

    /** Simulated time before the block, for the simulator's sessions to get going. */
    private static final Duration LEAD_IN = Duration.ofSeconds(45);

    private final List<Entry> block;
    private final double eventsPerSecond;
    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private Thread thread;

    /** One event of the block: where its message id ends and its timestamp lies in the JSON. */
    private record Entry(
            byte[] key, byte[] value, int messageIdEnd, int timestampStart, int timestampEnd) {}

    private ReplayedLoad(
            List<Entry> block, double eventsPerSecond, KafkaClientSettings kafka, String topic) {
        this.block = block;
        this.eventsPerSecond = eventsPerSecond;
        this.topic = topic;
        Properties p = kafka.toProperties();
        p.put("acks", "1");
        p.put("linger.ms", "5");
        this.producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Generates {@code block} worth of events at {@code eventsPerSecond} from {@code users} users
     * (valid events only: the freshness runs measure delay, not rejection).
     */
    public static ReplayedLoad prepare(
            KafkaClientSettings kafka,
            String topic,
            double eventsPerSecond,
            int users,
            Duration block,
            long seed) {
        // The simulator's sessions unfold over minutes, so its first minute is quieter than the
        // rest: the block is taken after a lead-in, at midday, when the product is busy.
        Instant from = Instant.parse("2026-01-05T12:00:00Z");
        Instant blockStart = from.plus(LEAD_IN);
        long wanted = Math.max(1, Math.round(eventsPerSecond * block.toMillis() / 1000.0));
        Simulator simulator =
                Simulator.builder()
                        .from(from)
                        .to(blockStart.plus(block))
                        .eventsPerSecond(eventsPerSecond)
                        .users(users)
                        .malformedShare(0)
                        .duplicateShare(0)
                        .seed(seed)
                        .build();
        List<Entry> entries = new ArrayList<>();
        for (Iterator<SimulatedRecord> it = simulator.history();
                it.hasNext() && entries.size() < wanted; ) {
            SimulatedRecord r = it.next();
            byte[] v = r.value();
            int id = indexOf(v, MESSAGE_ID, 0);
            int ts = indexOf(v, TIMESTAMP, 0);
            if (r.kafkaTimestamp() < blockStart.toEpochMilli() || id < 0 || ts < 0) {
                continue; // the lead-in, or a call without a timestamp of its own
            }
            int idEnd = indexOf(v, QUOTE, id + MESSAGE_ID.length);
            int tsStart = ts + TIMESTAMP.length;
            int tsEnd = indexOf(v, QUOTE, tsStart);
            entries.add(new Entry(r.key(), v, idEnd, tsStart, tsEnd));
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("the simulator made no event to replay");
        }
        return new ReplayedLoad(entries, eventsPerSecond, kafka, topic);
    }

    public int blockSize() {
        return block.size();
    }

    /** The {@code index}th event of the block as sent in {@code cycle} at {@code at}. */
    byte[] eventAt(int index, long cycle, long at) {
        return restamped(block.get(index), cycleSuffix(cycle), at);
    }

    /** The {@code index}th event of the block as generated. */
    byte[] generated(int index) {
        return block.get(index).value();
    }

    /** Starts sending from now on, in a thread of its own, until {@link #close()}. */
    public void start() {
        thread = new Thread(this::sendUntilInterrupted, "bench-replayed-load");
        thread.setDaemon(true);
        thread.start();
    }

    public long sent() {
        return sent.get();
    }

    /**
     * Event {@code n} (counting over cycles) is due {@code n / eventsPerSecond} after the start.
     */
    private void sendUntilInterrupted() {
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long n = 0;
        try {
            for (long cycle = 0; !Thread.currentThread().isInterrupted(); cycle++) {
                byte[] suffix = cycleSuffix(cycle);
                for (Entry e : block) {
                    long dueNanos = start + (long) (n++ * 1e9 / eventsPerSecond);
                    long wait = dueNanos - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    long at = startMillis + (dueNanos - start) / 1_000_000;
                    producer.send(
                            new ProducerRecord<>(
                                    topic, null, at, e.key(), restamped(e, suffix, at)),
                            (metadata, error) -> {
                                if (error != null) {
                                    failure.compareAndSet(null, error);
                                }
                            });
                    sent.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            // Kafka's producer throws when interrupted in a send: that is how the load stops.
            if (!Thread.currentThread().isInterrupted()) {
                failure.compareAndSet(null, e);
            }
        }
    }

    /** What a cycle appends to each message id, so that no two cycles send the same id. */
    private static byte[] cycleSuffix(long cycle) {
        return bytes("~" + cycle);
    }

    /** The event's JSON with {@code suffix} after its message id and the event time {@code at}. */
    private static byte[] restamped(Entry e, byte[] suffix, long at) {
        byte[] v = e.value();
        byte[] time = bytes(Instant.ofEpochMilli(at).toString());
        byte[] out =
                new byte
                        [v.length
                                + suffix.length
                                + time.length
                                - (e.timestampEnd() - e.timestampStart())];
        // The message id comes before the timestamp in the simulator's JSON.
        int n = 0;
        n = copy(v, 0, e.messageIdEnd(), out, n);
        n = copy(suffix, 0, suffix.length, out, n);
        n = copy(v, e.messageIdEnd(), e.timestampStart(), out, n);
        n = copy(time, 0, time.length, out, n);
        copy(v, e.timestampEnd(), v.length, out, n);
        return out;
    }

    private static int copy(byte[] from, int start, int end, byte[] to, int at) {
        System.arraycopy(from, start, to, at, end - start);
        return at + end - start;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops sending, flushes what was sent, and rethrows what the sending thread failed with. */
    @Override
    public void close() throws Exception {
        if (thread != null) {
            thread.interrupt();
            thread.join(30_000);
        }
        producer.close(Duration.ofSeconds(30));
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("the replayed load failed to send", e);
        }
    }
}
