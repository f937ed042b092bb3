package dev.tally.question;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.tally.common.OneOf;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record CreateRedFlagRequest(@NotBlank @Size(max = 200) String title,
                            @NotNull @OneOf(Severity.class) @Schema(implementation = Severity.class) String severity,
                            @NotBlank @Size(max = 2000) String description) {
}
