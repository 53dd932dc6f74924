package dev.okr.testkit;

import dev.okr.infra.local.LocalInflux;
import dev.okr.infra.local.LocalKafka;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests real servers: one Kafka broker and one influxd per test JVM, started on
 * first use and stopped when the test plan ends, and to each test its own {@link TestKafka} and
 * {@link TestInflux}, whose topics and databases are deleted after the test.
 *
 * <p>Declare a parameter of either type in a test method (or {@code @BeforeEach} method) of a class
 * annotated {@code @ExtendWith(LocalServersExtension.class)}. A missing {@code influxd} fails the
 * test with a message that says how to install it; it never skips.
 */
public final class LocalServersExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalServersExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestKafka.class || type == TestInflux.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        String testName = context.getTestMethod().map(m -> m.getName()).orElse("class");
        ExtensionContext.Store perTest = context.getStore(NAMESPACE);
        if (type == TestKafka.class) {
            return perTest.getOrComputeIfAbsent(
                    TestKafka.class,
                    k -> new TestKafka(sharedKafka(context).server().bootstrapServers(), testName),
                    TestKafka.class);
        }
        return perTest.getOrComputeIfAbsent(
                TestInflux.class,
                k -> new TestInflux(sharedInflux(context).server().url(), testName),
                TestInflux.class);
    }

    private static SharedServer<LocalKafka> sharedKafka(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        SharedServer<LocalKafka> kafka =
                context.getRoot()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(
                                LocalKafka.class,
                                k -> new SharedServer<>(LocalKafka.builder().start()),
                                SharedServer.class);
        return kafka;
    }

    private static SharedServer<LocalInflux> sharedInflux(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        SharedServer<LocalInflux> influx =
                context.getRoot()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(
                                LocalInflux.class,
                                k -> new SharedServer<>(LocalInflux.builder().start()),
                                SharedServer.class);
        return influx;
    }

    /** A server in the root store: JUnit closes it when the whole test plan has run. */
    private record SharedServer<S extends AutoCloseable>(S server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
