package dev.tally.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start against an empty database, creates the first organisation and its admin: from
 * {@code TALLY_ADMIN_EMAIL} and {@code TALLY_ADMIN_PASSWORD}, or {@code admin@tally.local} with a random password
 * that is printed once, here, and nowhere else.
 */
@Singleton
class Bootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private final AccessService access;
    private final String organisationName;
    private final String adminEmail;
    private final String adminPassword;

    Bootstrap(AccessService access,
              @Value("${tally.organisation.name:My organisation}") String organisationName,
              @Value("${tally.admin.email:admin@tally.local}") String adminEmail,
              @Value("${tally.admin.password:}") String adminPassword) {
        this.access = access;
        this.organisationName = organisationName;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        boolean generated = adminPassword.isBlank();
        if (!generated && adminPassword.length() < 10) {
            throw new ConfigurationException("TALLY_ADMIN_PASSWORD must be at least 10 characters long.");
        }
        if (!PasswordHasher.fits(adminPassword)) {
            throw new ConfigurationException("TALLY_ADMIN_PASSWORD must be at most " + PasswordHasher.MAXIMUM_BYTES + " bytes in UTF-8.");
        }
        String password = generated ? GeneratedPassword.next() : adminPassword;
        access.bootstrap(organisationName, adminEmail, password).ifPresent(admin -> {
            if (generated) {
                LOG.warn("""
                        
                        ==================================================================
                         Created the first organisation and its admin. Log in with:
                           email:    {}
                           password: {}
                         This password is shown only once. Change it with POST /api/v1/me/password.
                        ==================================================================""", admin.email(), password);
            } else {
                LOG.info("Created the first organisation and its admin {} (password from TALLY_ADMIN_PASSWORD).", admin.email());
            }
        });
    }
}
