package dev.tally.support;

import java.util.UUID;

/** A user of a test organisation, logged in. */
public record Member(UUID id, String email, String password, String token) {
}
