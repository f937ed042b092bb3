package dev.tally.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL of one test run, fresh for the run so that runs never see each other's data:
 * a database of its own on the server named by {@code TEST_DATABASE_URL} (dropped at the end), otherwise a
 * Testcontainers PostgreSQL where Docker runs, otherwise an embedded PostgreSQL.
 */
abstract class TestDatabase implements AutoCloseable {

    abstract String jdbcUrl();

    abstract String username();

    abstract String password();

    abstract String description();

    static TestDatabase start() {
        String server = System.getenv("TEST_DATABASE_URL");
        if (server != null && !server.isBlank()) {
            return new OnServer(server);
        }
        if (dockerAvailable()) {
            return new InContainer();
        }
        return new Embedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    /** A database created for this run on an existing server, and dropped when the run ends. */
    private static final class OnServer extends TestDatabase {
        private final String serverUrl;
        private final String database = "tally_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private final String username;
        private final String password;

        OnServer(String url) {
            this.serverUrl = url.startsWith("jdbc:") ? url : "jdbc:" + url.replaceFirst("^postgres(ql)?:", "postgresql:");
            this.username = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
            this.password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
            execute("CREATE DATABASE " + database);
        }

        @Override
        String jdbcUrl() {
            URI uri = URI.create(serverUrl.substring("jdbc:".length()));
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query;
        }

        @Override
        String username() {
            return username;
        }

        @Override
        String password() {
            return password;
        }

        @Override
        String description() {
            return "database " + database + " on " + serverUrl;
        }

        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl + ": " + e.getMessage(), e);
            }
        }
    }

    private static final class InContainer extends TestDatabase {
        private final PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");

        InContainer() {
            container.start();
        }

        @Override
        String jdbcUrl() {
            return container.getJdbcUrl();
        }

        @Override
        String username() {
            return container.getUsername();
        }

        @Override
        String password() {
            return container.getPassword();
        }

        @Override
        String description() {
            return "Testcontainers " + container.getDockerImageName();
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private static final class Embedded extends TestDatabase {
        private final EmbeddedPostgres postgres;

        Embedded() {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", e);
            }
        }

        @Override
        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        String username() {
            return "postgres";
        }

        @Override
        String password() {
            return "";
        }

        @Override
        String description() {
            return "embedded PostgreSQL on port " + postgres.getPort();
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
