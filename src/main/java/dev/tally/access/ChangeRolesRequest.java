package dev.tally.access;

import dev.tally.common.OneOf;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

@Serdeable
record ChangeRolesRequest(@NotEmpty(message = "must name at least one role") Set<@NotNull @OneOf(Role.class) String> roles) {
}
