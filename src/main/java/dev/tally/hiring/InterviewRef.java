package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** An interview of some organisation, for work that walks through every interview (the report's backfill). */
@Introspected
public record InterviewRef(UUID orgId, UUID id) {
}
