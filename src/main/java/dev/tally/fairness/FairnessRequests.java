package dev.tally.fairness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The bodies of the self-identification endpoints. */
final class FairnessRequests {

    private FairnessRequests() {
    }

    /** A category and its options, in the order offered; "Prefer not to say" is always offered besides them. */
    @Serdeable
    record Category(@NotBlank @Size(max = 100) String name,
                    @NotNull @Size(min = 2, max = 30, message = "must have 2 to 30 options") List<@NotBlank @Size(max = 100) String> options) {
    }

    /** An answer to one category: one of its options, or null for "prefer not to say". */
    @Serdeable
    record Answer(@NotNull UUID categoryId, @Nullable @Size(min = 1, max = 100) String option) {
    }

    /** The answers given; a category left out is not answered, and answers given before are replaced. */
    @Serdeable
    record Answers(@NotNull @Size(max = 30, message = "must have at most 30 answers") List<@NotNull @Valid Answer> answers) {
    }
}
