package dev.tally.question;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One anchor of a question's rating scale: what an answer at this level sounds like. */
@Serdeable
public record RubricLevel(@Min(1) @Max(4) int level,
                          @NotBlank @Size(max = 100) String label,
                          @NotBlank @Size(max = 1000) String description) {
}
