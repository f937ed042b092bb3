package dev.tally.kit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;

@Serdeable
record ArchiveRequest(@Nullable @Min(1) Integer version) {
}
