package dev.tally.database;

import dev.tally.support.Api;
import dev.tally.support.Fixtures;
import dev.tally.support.Response;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database configured, the service runs its own PostgreSQL, and what it stored survives a restart. */
class EmbeddedDefaultTest {

    @TempDir
    Path home;

    private Path dataDirectory;

    @Test
    void whatWasCreatedBeforeARestartIsStillThereAfterIt() throws Exception {
        dataDirectory = home.resolve(".tally").resolve("pgdata");
        String email = Fixtures.uniqueEmail("kept");
        String secretBefore;
        try (EmbeddedServer server = start()) {
            Api api = api(server);
            String admin = new Fixtures(api).login("first-admin@tally.test", "first-admin-password");
            Response created = api.post(admin, "/api/v1/users",
                    Map.of("email", email, "name", "Kept", "password", Fixtures.PASSWORD, "roles", List.of("RECRUITER")));
            assertThat(created.status()).isEqualTo(201);
            secretBefore = Files.readString(dataDirectory.resolve("tally-jwt-secret"));
        }

        try (EmbeddedServer server = start()) {
            Api api = api(server);
            assertThat(new Fixtures(api).login(email, Fixtures.PASSWORD)).isNotBlank();
            assertThat(Files.readString(dataDirectory.resolve("tally-jwt-secret"))).isEqualTo(secretBefore);
            assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
        }
    }

    private EmbeddedServer start() {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "datasources.default.url", "",
                        "datasources.default.username", "",
                        "datasources.default.password", "",
                        "tally.jwt.secret", "",
                        "tally.data.dir", dataDirectory.toString(),
                        "tally.admin.email", "first-admin@tally.test",
                        "tally.admin.password", "first-admin-password"))
                .start();
        return context.getBean(EmbeddedServer.class).start();
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }
}
