package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.UUID;

@Serdeable
record MeView(UUID id, String email, String name, Set<Role> roles, OrganisationView organisation,
              boolean mustChangePassword) {
}
