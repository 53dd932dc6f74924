package dev.okr.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One test's view of the shared Kafka broker: topics it creates get names of their own and are
 * deleted when the test ends.
 */
public final class TestKafka implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String bootstrapServers;
    private final String testName;
    private final Admin admin;
    private final List<String> created = new ArrayList<>();

    TestKafka(String bootstrapServers, String testName) {
        this.bootstrapServers = bootstrapServers;
        this.testName = testName;
        this.admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates a topic with 2 partitions and a name no other test uses. */
    public String createTopic() {
        return createTopic(2);
    }

    /** Creates a topic with {@code partitions} partitions and a name no other test uses. */
    public String createTopic(int partitions) {
        String name =
                testName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "-"
                        + COUNTER.incrementAndGet()
                        + "-"
                        + UUID.randomUUID().toString().substring(0, 8);
        createTopic(name, partitions);
        return name;
    }

    /**
     * Creates a topic with {@code partitions} partitions, the topic settings {@code configs} (e.g.
     * {@code max.message.bytes}) and a name no other test uses.
     */
    public String createTopic(int partitions, Map<String, String> configs) {
        String name = createTopic(partitions);
        try {
            admin.incrementalAlterConfigs(
                            Map.of(
                                    new ConfigResource(ConfigResource.Type.TOPIC, name),
                                    configs.entrySet().stream()
                                            .map(
                                                    e ->
                                                            new AlterConfigOp(
                                                                    new ConfigEntry(
                                                                            e.getKey(),
                                                                            e.getValue()),
                                                                    AlterConfigOp.OpType.SET))
                                            .toList()))
                    .all()
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not configure topic " + name, e.getCause());
        }
        return name;
    }

    /** Marks {@code name}, created by someone else, for deletion when the test ends. */
    public void deleteAfterTest(String name) {
        created.add(name);
    }

    /** Creates the topic {@code name}; it is deleted when the test ends. */
    public void createTopic(String name, int partitions) {
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
            created.add(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topic " + name, e.getCause());
        }
    }

    /** A producer of raw bytes; the caller closes it. */
    public KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /**
     * Sends {@code values} to {@code topic} and waits until the broker has them all.
     *
     * @throws IllegalStateException when the broker refuses a record
     */
    public void send(String topic, List<byte[]> values) {
        List<ProducerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
        for (byte[] value : values) {
            records.add(new ProducerRecord<>(topic, value));
        }
        send(records);
    }

    /**
     * Creates a topic for recorded events: one partition per {@code partitions}, records up to 4
     * MiB (a test may send one over the pipeline's 1 MiB limit), and Kafka timestamps of any age
     * (Kafka 4 refuses those more than an hour ahead of its clock by default; recorded events keep
     * their own).
     */
    public String createEventTopic(int partitions) {
        return createTopic(
                partitions,
                Map.of(
                        "max.message.bytes", Integer.toString(4 << 20),
                        "message.timestamp.after.max.ms", Long.toString(Long.MAX_VALUE),
                        "message.timestamp.before.max.ms", Long.toString(Long.MAX_VALUE)));
    }

    /**
     * Sends {@code values} in order to partition 0 of {@code topic}, each with its own Kafka
     * timestamp, and waits until the broker has them all.
     *
     * @throws IllegalStateException when the broker refuses a record
     */
    public void sendTimed(String topic, List<byte[]> values, List<Long> timestamps) {
        List<ProducerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            records.add(new ProducerRecord<>(topic, 0, timestamps.get(i), null, values.get(i)));
        }
        send(records);
    }

    private void send(List<ProducerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ProducerConfig.LINGER_MS_CONFIG,
                                5,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                // In order, as a single-partition log must be for the tests.
                                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                                1,
                                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                                4 << 20),
                        new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                sent.add(producer.send(record));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a record", e.getCause());
        }
    }

    /**
     * Reads {@code topic} from the beginning until {@code count} records arrived or {@code timeout}
     * passed, and returns what it read.
     */
    public List<ConsumerRecord<byte[], byte[]>> read(String topic, int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(r);
                }
            }
        }
        return records;
    }

    /** Deletes the topics this test created. */
    @Override
    public void close() throws Exception {
        try {
            if (!created.isEmpty()) {
                admin.deleteTopics(created).all().get();
            }
        } finally {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
