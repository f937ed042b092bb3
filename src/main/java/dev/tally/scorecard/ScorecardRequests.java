package dev.tally.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Autosave bodies. Each carries {@code baseVersion}: the scorecard version the change was made from. */
final class ScorecardRequests {

    private ScorecardRequests() {
    }

    @Serdeable
    record SaveItem(@NotNull @Min(0) @Max(Integer.MAX_VALUE) Integer baseVersion,
                    @Nullable @Min(value = 1, message = "must be between 1 and 4") @Max(value = 4, message = "must be between 1 and 4") Integer score,
                    @Nullable Boolean notAssessed,
                    @Nullable @Size(max = 2000) String notAssessedReason,
                    @Nullable @Size(max = 50) List<@NotNull @Min(0) @Max(49) Integer> keyPoints,
                    @Nullable @Size(max = 20000) String note) {
    }

    @Serdeable
    record SaveFlag(@NotNull @Min(0) @Max(Integer.MAX_VALUE) Integer baseVersion, @NotNull Boolean raised, @Nullable @Size(max = 20000) String note) {
    }

    @Serdeable
    record SaveOverall(@NotNull @Min(0) @Max(Integer.MAX_VALUE) Integer baseVersion,
                       @Nullable Recommendation recommendation,
                       @Nullable @Size(max = 20000) String summary) {
    }

    @Serdeable
    record Submit(@Nullable @Min(0) @Max(Integer.MAX_VALUE) Integer baseVersion) {
    }

    @Serdeable
    record Amend(@NotBlank @Size(max = 2000) String reason, @Nullable @Min(0) @Max(Integer.MAX_VALUE) Integer baseVersion) {
    }
}
