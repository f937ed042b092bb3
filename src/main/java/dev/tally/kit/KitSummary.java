package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A kit in a list: its newest version, how big it is, and which version is in use. */
@Serdeable
@Introspected
record KitSummary(UUID id, int version, KitStatus status, String name, String role, String level,
                  int itemCount, int totalMinutes, @Nullable Integer publishedVersion, Instant updatedAt) {
}
