package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A candidate as read with the opening they are assessed for. */
@Introspected
@MappedEntity("candidate")
record Candidate(@Id UUID id, UUID openingId, String openingTitle, OpeningStatus openingStatus, UUID hiringManagerId, String name,
                 String email, @Nullable String phone, @Nullable String source, @Nullable String link, @Nullable String notes,
                 CandidateStatus status, Instant createdAt, Instant updatedAt) {

    /** A final decision as this feature stores it: who made it by id, their name coming from the access feature. */
    @Introspected
    record Decided(HiringDecision decision, String reason, @Nullable String suggestedDecision, UUID decidedById, Instant decidedAt) {

        HiringViews.DecisionView by(String decidedByName) {
            return new HiringViews.DecisionView(decision, reason, suggestedDecision, decidedById, decidedByName, decidedAt);
        }
    }
}
