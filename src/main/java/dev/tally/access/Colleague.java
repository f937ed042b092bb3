package dev.tally.access;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.UUID;

/**
 * A user of the caller's organisation as other features see them: who they are and what they may do. On the wire (the
 * colleague lookup) only active users are listed, so {@code active} stays off it.
 */
@Serdeable
public record Colleague(UUID id, String name, String email, Set<Role> roles, @JsonIgnore boolean active) {

    static Colleague from(User user) {
        return new Colleague(user.id(), user.name(), user.email(), UserView.rolesOf(user), user.active());
    }

    public boolean isActive(Role role) {
        return active && roles.contains(role);
    }
}
