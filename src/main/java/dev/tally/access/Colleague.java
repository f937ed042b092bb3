package dev.tally.access;

import java.util.Set;
import java.util.UUID;

/** A user of the caller's organisation as other features see them: who they are and what they may do. */
public record Colleague(UUID id, String name, String email, Set<Role> roles, boolean active) {

    public boolean isActive(Role role) {
        return active && roles.contains(role);
    }
}
