package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
record OrganisationView(UUID id, String name, Instant createdAt) {

    static OrganisationView from(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.name(), organisation.createdAt());
    }
}
