package dev.tally.hiring;

import dev.tally.kit.KitStatus;
import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A stage of a plan with the kit version its new interviews use. */
@Introspected
record StageRef(UUID id, UUID openingId, String name, UUID kitVersionId, KitStatus kitStatus) {
}
