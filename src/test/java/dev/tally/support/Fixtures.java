package dev.tally.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds test state through the API, as users would: organisations, their members, and logins. Every test works in
 * organisations of its own, so tests never depend on each other's data.
 */
public final class Fixtures {

    public static final String PRIMARY_ADMIN_EMAIL = "root-admin@tally.test";
    public static final String PRIMARY_ADMIN_PASSWORD = "root-admin-password";
    public static final String PASSWORD = "correct horse battery";
    public static final List<String> ROLES = List.of("ADMIN", "RECRUITER", "INTERVIEWER", "HIRING_MANAGER", "COMPLIANCE");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQUENCE.incrementAndGet() + "@example.test";
    }

    public String primaryAdminToken() {
        return login(PRIMARY_ADMIN_EMAIL, PRIMARY_ADMIN_PASSWORD);
    }

    public String login(String email, String password) {
        Response response = api.post(null, "/login", Map.of("username", email, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + email + " failed: " + response);
        }
        return response.string("access_token");
    }

    /** A new organisation with an admin, a recruiter, an interviewer and a hiring manager, all logged in. */
    public Tenant anOrganisation() {
        String adminEmail = uniqueEmail("admin");
        String name = "Org " + UUID.randomUUID().toString().substring(0, 8);
        Response created = api.post(primaryAdminToken(), "/api/v1/organisations",
                Map.of("name", name, "adminEmail", adminEmail, "adminPassword", PASSWORD));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create an organisation: " + created);
        }
        Member admin = new Member(UUID.fromString(created.string("admin.id")), adminEmail, PASSWORD, login(adminEmail, PASSWORD));
        return new Tenant(UUID.fromString(created.string("organisation.id")), name, admin,
                aMember(admin, "RECRUITER"), aMember(admin, "INTERVIEWER"), aMember(admin, "HIRING_MANAGER"));
    }

    /** A new user of the admin's organisation holding the given roles, logged in. */
    public Member aMember(Member admin, String... roles) {
        return aMemberNamed(admin, "Test " + roles[0], roles);
    }

    /** A new user with this name, holding the given roles, logged in. */
    public Member aMemberNamed(Member admin, String name, String... roles) {
        String email = uniqueEmail(roles[0].toLowerCase());
        Response created = api.post(admin.token(), "/api/v1/users",
                Map.of("email", email, "name", name, "password", PASSWORD, "roles", List.of(roles)));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a user: " + created);
        }
        return new Member(UUID.fromString(created.string("id")), email, PASSWORD, login(email, PASSWORD));
    }
}
