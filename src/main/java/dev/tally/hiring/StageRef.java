package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A stage of a plan with the kit version its new interviews use (the kit feature knows whether it is published). */
@Introspected
record StageRef(UUID id, UUID openingId, String name, UUID kitVersionId) {
}
