package dev.tally.database;

import dev.tally.support.Api;
import dev.tally.support.Fixtures;
import dev.tally.support.Response;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** While PostgreSQL is away, requests get 503 problem+json; when it returns, the service recovers by itself. */
class DatabaseOutageTest {

    @TempDir
    Path home;

    @Test
    void requestsGet503WhileTheDatabaseIsDownAndSucceedWhenItIsBack() throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = postgresOn(port);
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.connection-timeout", 1000,
                "tally.admin.email", "outage-admin@tally.test",
                "tally.admin.password", "outage-admin-password")).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Api api = new Api(server.getURI(), context.getBean(JsonMapper.class));
            String token = new Fixtures(api).login("outage-admin@tally.test", "outage-admin-password");
            assertThat(api.get(token, "/api/v1/questions").status()).isEqualTo(200);

            postgres.close();
            Response down = api.get(token, "/api/v1/questions");
            Response health = api.get(null, "/health");

            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.body()).doesNotContain("Exception", "SQL", "jdbc");
            assertThat(health.status()).isEqualTo(503);

            postgres = postgresOn(port);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            int status;
            do {
                Thread.sleep(250);
                status = api.get(token, "/api/v1/questions").status();
            } while (status != 200 && Instant.now().isBefore(deadline));
            assertThat(status).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres postgresOn(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(home.resolve("pgdata")).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
