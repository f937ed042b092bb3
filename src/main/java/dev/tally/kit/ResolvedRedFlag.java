package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

@Introspected
record ResolvedRedFlag(UUID id, UUID orgId, String severity) {
}
