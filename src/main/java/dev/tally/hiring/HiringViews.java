package dev.tally.hiring;

import dev.tally.kit.KitView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
    record StageView(UUID id, int position, String name, UUID kitId, int kitVersion, String kitName, String kitStatus) {
    }

    @Serdeable
    record OpeningView(UUID id, String title, Person hiringManager, List<StageView> stages, Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @Introspected
    record OpeningSummary(UUID id, String title, UUID hiringManagerId, String hiringManagerName, int stageCount,
                          int candidateCount, Instant createdAt) {
    }

    @Serdeable
    @Introspected
    record DecisionView(String decision, String reason, UUID decidedById, String decidedByName, Instant decidedAt) {
    }

    @Serdeable
    record CandidateView(UUID id, UUID openingId, String openingTitle, String name, String email, String status,
                         List<DecisionView> decisions, Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @Introspected
    record CandidateSummary(UUID id, UUID openingId, String name, String email, String status, Instant createdAt) {
    }

    /** A panel member and how far their scorecard has come; never their scores. */
    @Serdeable
    @Introspected
    record PanelMember(UUID id, String name, String email, String scorecardStatus) {
    }

    @Serdeable
    record InterviewView(UUID id, UUID candidateId, String candidateName, UUID openingId, String openingTitle,
                         UUID stageId, String stageName, Instant scheduledAt, List<PanelMember> panel, KitView kit,
                         Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    @Introspected
    record InterviewSummary(UUID id, UUID candidateId, String candidateName, UUID openingId, String openingTitle,
                            String stageName, Instant scheduledAt, int panelSize, int submittedCount,
                            @Nullable String myScorecardStatus) {
    }
}
