package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

@Introspected
record DraftRef(UUID orgId, UUID kitId, UUID versionId, int version, int revision) {
}
