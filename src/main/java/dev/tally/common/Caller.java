package dev.tally.common;

import io.micronaut.security.authentication.Authentication;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling: their user id, their organisation and their current roles. Built from the authentication that
 * the token validator refreshed from the database, so a role change or deactivation applies to existing tokens.
 */
public record Caller(UUID userId, UUID orgId, Set<String> roles) {

    public static final String ORG_ATTRIBUTE = "org";

    public static Caller of(Authentication authentication) {
        return new Caller(UUID.fromString(authentication.getName()),
                UUID.fromString(String.valueOf(authentication.getAttributes().get(ORG_ATTRIBUTE))),
                authentication.getRoles().stream().collect(Collectors.toUnmodifiableSet()));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
