package dev.tally.question;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The content of a question version. On create, {@code code} may be given (letters, digits, dot, dash, underscore);
 * on update, {@code basedOnVersion} must name the latest version the change was made from.
 */
@Serdeable
record QuestionRequest(
        @Nullable @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "must be 1 to 40 letters, digits, '.', '-' or '_'") String code,
        @Nullable @Min(1) @Max(Integer.MAX_VALUE) Integer basedOnVersion,
        @NotBlank @Size(max = 200) String section,
        @NotBlank @Size(max = 40) String competency,
        @NotBlank @Size(max = 2000) String text,
        @NotNull @Size(min = 4, max = 4, message = "must have exactly 4 levels, one for each score 1 to 4") List<@NotNull @Valid RubricLevel> rubric,
        @NotNull @Size(min = 1, max = 15, message = "must have between 1 and 15 key points") List<@NotBlank @Size(max = 300) String> keyPoints,
        @NotNull @Size(min = 1, max = 3, message = "must have between 1 and 3 probes") List<@NotBlank @Size(max = 500) String> probes,
        @Nullable @Size(max = 10, message = "must have at most 10 red flags") List<@NotBlank @Size(max = 500) String> redFlags) {
}
