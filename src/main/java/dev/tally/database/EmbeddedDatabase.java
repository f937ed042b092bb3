package dev.tally.database;

import io.micronaut.context.annotation.Value;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zero-configuration default: a PostgreSQL server the service runs itself, with its data in a directory that
 * outlives the process. Durability settings are turned back on, because here the data is real.
 */
@Singleton
public class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private EmbeddedPostgres server;

    EmbeddedDatabase(@Value("${tally.data.dir:}") String dataDir) {
        this.dataDirectory = dataDir == null || dataDir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".tally", "pgdata")
                : Path.of(dataDir).toAbsolutePath();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public synchronized String start() {
        if (server == null) {
            try {
                Files.createDirectories(dataDirectory);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
            }
            LOG.info("No DATABASE_URL set: running an embedded PostgreSQL with its data in {}. "
                    + "To use your own server, set DATABASE_URL (and DATABASE_USER, DATABASE_PASSWORD).", dataDirectory);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
