package dev.tally.access;

import dev.tally.database.EmbeddedDatabase;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that signs tokens. It comes from {@code TALLY_JWT_SECRET}; the service refuses to start without one of
 * at least 32 bytes, except with the embedded database, where it generates one and keeps it in the data directory.
 * Created at start-up, so that a missing secret stops the service before it serves anything.
 */
@Context
class JwtSecret {

    static final int MINIMUM_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private final String value;

    JwtSecret(@Value("${tally.jwt.secret:}") String configured,
              @Value("${datasources.default.url:}") String databaseUrl,
              BeanProvider<EmbeddedDatabase> embedded) {
        if (!configured.isBlank()) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
                throw new ConfigurationException("TALLY_JWT_SECRET must be at least " + MINIMUM_BYTES + " bytes long.");
            }
            this.value = configured;
        } else if (databaseUrl.isBlank()) {
            // initdb wants an empty directory: let the database create its own before the secret joins it.
            EmbeddedDatabase database = embedded.get();
            database.start();
            this.value = keptIn(database.dataDirectory().resolve("tally-jwt-secret"));
        } else {
            throw new ConfigurationException("TALLY_JWT_SECRET is not set. With DATABASE_URL set, the token signing secret "
                    + "must come from the environment: set TALLY_JWT_SECRET to at least " + MINIMUM_BYTES + " random bytes "
                    + "(for example: openssl rand -base64 48).");
        }
    }

    String value() {
        return value;
    }

    private static String keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the directory's own permissions apply
            }
            LOG.info("Generated a token signing secret and kept it in {}. Set TALLY_JWT_SECRET to use your own.", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the token signing secret at " + file, e);
        }
    }
}
