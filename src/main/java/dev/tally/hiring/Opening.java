package dev.tally.hiring;

import dev.tally.kit.KitVersionRef;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * An opening as this feature stores it: its hiring manager by id (the access feature has their name), its stages'
 * kits by version id (the kit feature has those).
 */
@Introspected
@MappedEntity("opening")
record Opening(@Id UUID id, UUID orgId, String title, @Nullable String team, OpeningStatus status, UUID hiringManagerId,
               Instant createdAt, Instant updatedAt) {

    /** A line of the openings list, with its counts. */
    @Introspected
    record Summary(UUID id, String title, @Nullable String team, OpeningStatus status, UUID hiringManagerId, int stageCount,
                   int candidateCount, int activeCandidateCount, int awaitingDecisionCount, Instant createdAt) {

        HiringViews.OpeningSummary named(String hiringManagerName) {
            return new HiringViews.OpeningSummary(id, title, team, status, hiringManagerId, hiringManagerName, stageCount,
                    candidateCount, activeCandidateCount, awaitingDecisionCount, createdAt);
        }
    }

    @Introspected
    record Stage(UUID id, int position, String name, UUID kitVersionId) {

        HiringViews.StageView with(KitVersionRef kit) {
            return new HiringViews.StageView(id, position, name, kit.kitId(), kit.version(), kit.name(), kit.status());
        }
    }
}
