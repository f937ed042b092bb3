package dev.tally.demo;

import dev.tally.access.AccessService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.util.StringUtils;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * With {@code TALLY_DEMO=true}, creates the demo organisation "Demo: Acme Robotics" once the server is listening:
 * its people, kits, an opening and ten candidates at every point of the process, all through the public API over
 * loopback, so the demo holds nothing that real use could not. In the background: startup does not wait for it.
 */
@Singleton
@Requires(property = "tally.demo.enabled", value = StringUtils.TRUE)
class DemoOrganisation implements ApplicationEventListener<ServerStartupEvent> {

    static final String NAME = "Demo: Acme Robotics";
    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);
    /** Serialises instances starting at once; next to the bootstrap's 7201001. */
    private static final long LOCK = 7201002L;

    private final AccessService access;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final CompletableFuture<Optional<DemoAccounts>> finished = new CompletableFuture<>();

    DemoOrganisation(AccessService access, DataSource dataSource, JsonMapper json) {
        this.access = access;
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        URI loopback = URI.create("http://127.0.0.1:" + event.getSource().getPort());
        Thread builder = new Thread(() -> {
            try {
                finished.complete(createUnlessPresent(loopback));
            } catch (Exception | Error e) {
                // Its admin exists, so a restart will not try again: the demo stays as far as it got.
                LOG.error("Could not finish the demo organisation; use a fresh database to try again: {}", e.getMessage(), e);
                finished.completeExceptionally(e);
            }
        }, "tally-demo");
        builder.setDaemon(true);
        builder.start();
    }

    /** Completes when the demo started with this instance is there: with its accounts if this instance created it. */
    CompletableFuture<Optional<DemoAccounts>> finished() {
        return finished;
    }

    /**
     * The demo's accounts if this call created it; empty when it exists already or another instance is creating it.
     * The advisory lock is a session lock on a connection of its own, held while the API calls run on others.
     */
    Optional<DemoAccounts> createUnlessPresent(URI loopback) throws SQLException {
        try (Connection lockHolder = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            if (!advisoryLock(lockHolder, "SELECT pg_try_advisory_lock(?)")) {
                LOG.info("Another instance is creating the demo organisation.");
                return Optional.empty();
            }
            try {
                return create(loopback);
            } finally {
                advisoryLock(lockHolder, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    private Optional<DemoAccounts> create(URI loopback) {
        DemoAccounts accounts = DemoAccounts.generated();
        DemoPerson admin = DemoPerson.ADMIN;
        Optional<UUID> organisation = access.createOrganisationUnlessRegistered(NAME, admin.email, admin.fullName,
                accounts.password(admin));
        if (organisation.isEmpty()) {
            LOG.info("The demo organisation exists already ({} is registered): nothing to create.", admin.email);
            return Optional.empty();
        }
        LOG.info("Creating the demo organisation \"{}\" through the API...", NAME);
        LoopbackApi api = new LoopbackApi(loopback, json);
        new DemoHiring(api, accounts).play();
        LOG.warn("""
                
                ==================================================================
                 Created the demo organisation "{}" ({} API requests):
                 an opening "{}" with ten candidates. Log in with:
                {}
                 These passwords are shown only once.
                ==================================================================""",
                NAME, api.requests(), DemoHiring.OPENING_TITLE, accounts.signIns());
        return Optional.of(accounts);
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
