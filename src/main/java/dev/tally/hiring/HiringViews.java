package dev.tally.hiring;

import dev.tally.common.FieldError;
import dev.tally.kit.KitStatus;
import dev.tally.kit.KitView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the hiring endpoints answer. */
final class HiringViews {

    private HiringViews() {
    }

    @Serdeable
    @Introspected
    record Person(UUID id, String name, String email) {
    }

    @Serdeable
    @Introspected
    record StageView(UUID id, int position, String name, UUID kitId, int kitVersion, String kitName, KitStatus kitStatus) {
    }

    @Serdeable
    record OpeningView(UUID id, String title, @Nullable String team, OpeningStatus status, Person hiringManager, List<StageView> stages,
                       Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @Introspected
    record OpeningSummary(UUID id, String title, @Nullable String team, OpeningStatus status, UUID hiringManagerId,
                          String hiringManagerName, int stageCount, int candidateCount, int activeCandidateCount,
                          int awaitingDecisionCount, Instant createdAt) {
    }

    /** What a CSV import found in each row, and what it saved; {@code created} is 0 on a dry run. */
    @Serdeable
    record ImportReport(boolean dryRun, int created, int valid, int invalid, List<ImportRow> rows) {
    }

    /** A data row of the file, counted from 1 after the header, with the rules it broke. */
    @Serdeable
    record ImportRow(int row, @Nullable String name, @Nullable String email, List<FieldError> errors) {
    }

    @Serdeable
    @Introspected
    record DecisionView(HiringDecision decision, String reason,
                        @Nullable @Schema(description = "What the report suggested when the decision was made; null before V25")
                        String suggestedDecision, UUID decidedById, String decidedByName, Instant decidedAt) {
    }

    @Serdeable
    record CandidateView(UUID id, UUID openingId, String openingTitle, String name, String email, @Nullable String phone,
                         @Nullable String source, @Nullable String link, @Nullable String notes, CandidateStatus status,
                         List<DecisionView> decisions, Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @Introspected
    record CandidateSummary(UUID id, UUID openingId, String name, String email, @Nullable String phone, @Nullable String source,
                            CandidateStatus status, @Nullable String stageName, int interviewCount, boolean awaitingDecision,
                            Instant createdAt) {
    }

    /** A panel member and how far their scorecard has come; never their scores. */
    @Serdeable
    @Introspected
    record PanelMember(UUID id, String name, String email, String scorecardStatus) {
    }

    @Serdeable
    record InterviewView(UUID id, UUID candidateId, String candidateName, String candidateEmail, @Nullable String candidateLink,
                         @Nullable String candidateNotes, UUID openingId, String openingTitle, UUID stageId, String stageName,
                         Instant scheduledAt, int durationMinutes, @Nullable String location, String status,
                         @Nullable Instant cancelledAt, @Nullable String cancelReason, List<PanelMember> panel, UUID kitVersionId,
                         @Nullable KitView kit, Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @Introspected
    record InterviewSummary(UUID id, UUID candidateId, String candidateName, UUID openingId, String openingTitle,
                            String stageName, Instant scheduledAt, int durationMinutes, @Nullable String location,
                            String status, @Nullable Instant cancelledAt, @Nullable String cancelReason, int panelSize,
                            int submittedCount, @Nullable String myScorecardStatus) {
    }
}
