package dev.tally.kit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Optionally, the revision of the draft the caller last saw, so that publishing a draft changed since is refused. */
@Serdeable
record RevisionRequest(@Nullable @Min(0) @Max(Integer.MAX_VALUE) Integer revision) {
}
