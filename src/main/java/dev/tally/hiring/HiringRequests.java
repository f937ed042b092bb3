package dev.tally.hiring;

import jakarta.validation.constraints.Max;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies of the hiring endpoints. */
final class HiringRequests {

    private HiringRequests() {
    }

    /** One stage of an opening's plan: its name and the published kit version its interviews use. */
    @Serdeable
    record Stage(@Nullable UUID id, @NotBlank @Size(max = 200) String name, @NotNull UUID kitId, @NotNull @Min(1) @Max(Integer.MAX_VALUE) Integer kitVersion) {
    }

    @Serdeable
    record CreateOpening(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 200) String team, @NotNull UUID hiringManagerId,
                         @NotNull @Size(max = 20, message = "must have at most 20 stages") List<@NotNull @Valid Stage> stages) {
    }

    @Serdeable
    record UpdateOpening(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 200) String team, @NotNull UUID hiringManagerId) {
    }

    @Serdeable
    record Plan(@NotNull @Size(max = 20, message = "must have at most 20 stages") List<@NotNull @Valid Stage> stages) {
    }

    @Serdeable
    record CreateCandidate(@NotNull UUID openingId, @CandidateRules.Name String name, @CandidateRules.Email String email,
                           @Nullable @CandidateRules.Phone String phone, @Nullable @CandidateRules.Source String source,
                           @Nullable @CandidateRules.Link String link, @Nullable @CandidateRules.Notes String notes) {
    }

    @Serdeable
    record UpdateCandidate(@CandidateRules.Name String name, @CandidateRules.Email String email,
                           @Nullable @CandidateRules.Phone String phone, @Nullable @CandidateRules.Source String source,
                           @Nullable @CandidateRules.Link String link, @Nullable @CandidateRules.Notes String notes,
                           @NotNull ChangeableStatus status) {
    }

    /** The statuses set by hand; HIRED and REJECTED come only from a decision. */
    enum ChangeableStatus {
        ACTIVE, WITHDRAWN;

        CandidateStatus candidateStatus() {
            return switch (this) {
                case ACTIVE -> CandidateStatus.ACTIVE;
                case WITHDRAWN -> CandidateStatus.WITHDRAWN;
            };
        }
    }

    @Serdeable
    record Decide(@NotNull HiringDecision decision, @NotBlank @Size(max = 4000) String reason) {
    }

    /** Without a duration, the interview lasts as long as its kit's time boxes add up to (60 minutes when they add up to none). */
    @Serdeable
    record CreateInterview(@NotNull UUID candidateId, @NotNull UUID stageId, @NotNull Instant scheduledAt,
                           @NotEmpty(message = "must name at least one interviewer") @Size(max = 10, message = "must have at most 10 interviewers")
                           List<@NotNull UUID> panel,
                           @Nullable @Min(5) @Max(480) Integer durationMinutes, @Nullable @Size(max = 500) String location) {
    }

    /** Without a duration the interview keeps its own; without a location it has none. */
    @Serdeable
    record UpdateInterview(@NotNull Instant scheduledAt,
                           @NotEmpty(message = "must name at least one interviewer") @Size(max = 10, message = "must have at most 10 interviewers")
                           List<@NotNull UUID> panel,
                           @Nullable @Min(5) @Max(480) Integer durationMinutes, @Nullable @Size(max = 500) String location) {
    }

    @Serdeable
    record CancelInterview(@Nullable @Size(max = 1000) String reason) {
    }
}
