package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** A user as the API shows them: never with the password hash. */
@Serdeable
record UserView(UUID id, UUID organisationId, String email, String name, Set<Role> roles, boolean active, Instant createdAt) {

    static UserView from(User user) {
        return new UserView(user.id(), user.orgId(), user.email(), user.name(), rolesOf(user), user.active(), user.createdAt());
    }

    static Set<Role> rolesOf(User user) {
        return Role.allOf(Arrays.asList(user.roles()));
    }
}
