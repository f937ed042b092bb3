package dev.tally.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One running service, configured by application-test.yml alone, for every {@link ApiTest} class that needs nothing
 * else: starting an application context, its pool and its server for each of some fifty classes took a large share of the
 * run. Every test works in organisations of its own, so sharing the service shares no data a test reads.
 * <p>
 * A class that sets properties or environments, or injects beans of its own, declares {@code @MicronautTest} itself and
 * gets a context of its own as before. One that sets them without it is refused here, since the shared service would
 * silently run it with the wrong configuration.
 */
final class SharedService implements TestInstancePostProcessor {

    private static Running running;

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) {
        Class<?> testClass = instance.getClass();
        if (AnnotationSupport.isAnnotated(testClass, MicronautTest.class)) {
            return;
        }
        List<String> ownConfiguration = ownConfiguration(testClass);
        if (!ownConfiguration.isEmpty()) {
            throw new IllegalStateException(testClass.getSimpleName() + " has " + String.join(", ", ownConfiguration)
                    + ", which the shared service cannot honour: annotate it with @MicronautTest(transactional = false)");
        }
        Running service = running();
        ((ApiTest) instance).connectTo(service.server, service.context.getBean(JsonMapper.class));
    }

    /**
     * Surefire runs each class of a fork as a launch of its own, so the service outlives any JUnit extension context: it
     * lives as long as the fork's launcher session, which stops it before dropping the database ({@link TestDatabaseSession}).
     */
    private static synchronized Running running() {
        if (running == null) {
            running = new Running();
        }
        return running;
    }

    static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private static List<String> ownConfiguration(Class<?> testClass) {
        List<String> found = new ArrayList<>();
        if (TestPropertyProvider.class.isAssignableFrom(testClass)) {
            found.add("test properties");
        }
        for (Class<?> type = testClass; type != ApiTest.class; type = type.getSuperclass()) {
            if (!AnnotationSupport.findRepeatableAnnotations(type, Property.class).isEmpty()) {
                found.add("@Property on " + type.getSimpleName());
            }
            Stream.concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()))
                    .filter(member -> ((AnnotatedElement) member).isAnnotationPresent(Inject.class))
                    .forEach(member -> found.add("@Inject " + member.getName()));
        }
        return found;
    }

    /** The shared service, started on first use. */
    private static final class Running implements AutoCloseable {
        private final ApplicationContext context = ApplicationContext.builder().environments("test").start();
        private final EmbeddedServer server = context.getBean(EmbeddedServer.class).start();

        @Override
        public void close() {
            server.stop();
            context.close();
        }
    }
}
