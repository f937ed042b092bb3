package dev.tally.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of tests that drive the running service over HTTP, against the run's PostgreSQL: the run's shared service
 * ({@link SharedService}), or, for a class annotated {@code @MicronautTest(transactional = false)} because it sets
 * properties or injects beans, one of its own. The client and fixtures are ready as soon as the test instance exists:
 * before each test, and with {@code @TestInstance(PER_CLASS)} already before {@code @BeforeAll}, so a class can build a
 * fixture its tests only read once.
 */
@ExtendWith(SharedService.class)
public abstract class ApiTest {

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper jsonMapper;

    protected Api api;
    protected Fixtures fixtures;
    protected HiringFixtures hiring;

    @Inject
    void connect() {
        api = new Api(server.getURI(), jsonMapper);
        fixtures = new Fixtures(api);
        hiring = new HiringFixtures(fixtures);
    }

    void connectTo(EmbeddedServer server, JsonMapper jsonMapper) {
        this.server = server;
        this.jsonMapper = jsonMapper;
        connect();
    }

    /** Asserts an RFC 9457 problem with the given status. */
    protected static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.string("status")).isEqualTo(String.valueOf(status));
        assertThat(response.string("detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "java.lang", "io.micronaut", "org.postgresql", "dev.tally.");
        assertThat(response.string("detail")).doesNotContainIgnoringCase("sql").doesNotContain("select ", "insert ");
    }
}
