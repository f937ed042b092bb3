package dev.tally.question;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("red_flag")
record RedFlag(@Id UUID id, UUID orgId, String title, Severity severity, String description, @DateCreated Instant createdAt) {
}
