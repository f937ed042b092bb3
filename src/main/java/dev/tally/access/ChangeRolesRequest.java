package dev.tally.access;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
record ChangeRolesRequest(@NotEmpty(message = "must name at least one role")
                          @Size(max = Role.COUNT, message = "must have at most " + Role.COUNT + " roles")
                          @ArraySchema(schema = @Schema(implementation = Role.class))
        List<@NotNull Role> roles) {
}
