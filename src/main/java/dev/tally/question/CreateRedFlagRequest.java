package dev.tally.question;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
record CreateRedFlagRequest(@NotBlank @Size(max = 200) String title,
                            @NotNull Severity severity,
                            @NotBlank @Size(max = 2000) String description) {
}
