package dev.tally.kit;

import jakarta.validation.constraints.Max;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;

@Serdeable
record ArchiveRequest(@Nullable @Min(1) @Max(Integer.MAX_VALUE) Integer version) {
}
