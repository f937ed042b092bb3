package dev.tally.kit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The content of a draft kit. On update, {@code revision} must be the draft's current revision. Knockouts default to
 * every CRITICAL flag on the checklist when {@code knockoutIds} is left out.
 */
@Serdeable
record KitRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String role,
        @NotBlank @Size(max = 100) String level,
        @NotNull @Size(max = 50, message = "must have at most 50 items") List<@NotNull @Valid Item> items,
        @Nullable @Size(max = 50) List<@NotNull UUID> redFlagIds,
        @Nullable @Size(max = 50) List<@NotNull UUID> knockoutIds,
        @Nullable @Valid Rules rules,
        @Nullable @Min(0) @Max(Integer.MAX_VALUE) Integer revision) {

    /** A question of the bank, at a pinned version (the latest when left out). */
    @Serdeable
    record Item(
            @NotNull UUID questionId,
            @Nullable @Min(1) @Max(Integer.MAX_VALUE) Integer questionVersion,
            @Nullable @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "100", message = "must be at most 100") BigDecimal weight,
            @NotNull @Min(1) @Max(240) Integer timeBoxMinutes,
            @Nullable Boolean required) {

        BigDecimal weightOrDefault() {
            return weight == null ? BigDecimal.ONE : weight;
        }

        boolean requiredOrDefault() {
            return required == null || required;
        }
    }

    /**
     * Decision rules on the 1-4 scale; all optional. A kit of at most 50 items assesses at most 50 competencies, so
     * more minimums than that are refused before each unknown one is named.
     */
    @Serdeable
    record Rules(
            @Nullable @DecimalMin(value = "1", message = "must be between 1 and 4") @DecimalMax(value = "4", message = "must be between 1 and 4") BigDecimal minOverall,
            @Nullable @Size(max = 50, message = "must have at most 50 competencies") Map<String, @NotNull @DecimalMin(value = "1", message = "must be between 1 and 4")
                    @DecimalMax(value = "4", message = "must be between 1 and 4") BigDecimal> minPerCompetency,
            @Nullable @Min(value = 1, message = "must be 1, 2 or 3") @Max(value = 3, message = "must be 1, 2 or 3") Integer disagreementSpread) {

        static final int DEFAULT_DISAGREEMENT_SPREAD = 2;
    }
}
