package dev.tally.access;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record NewOrganisationView(OrganisationView organisation, UserView admin) {
}
