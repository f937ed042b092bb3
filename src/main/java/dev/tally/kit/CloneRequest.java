package dev.tally.kit;

import jakarta.validation.constraints.Max;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Which version to copy (the newest when left out) and the new kit's name ("… (copy)" when left out). */
@Serdeable
record CloneRequest(@Nullable @Min(1) @Max(Integer.MAX_VALUE) Integer version, @Nullable @Size(max = 200) String name) {
}
