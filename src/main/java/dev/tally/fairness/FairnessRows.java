package dev.tally.fairness;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** What the fairness queries read. */
final class FairnessRows {

    private FairnessRows() {
    }

    @Introspected
    record Category(UUID id, String name, @TypeDef(type = DataType.STRING_ARRAY) String[] options, int position) {
    }

    /** A null option is "prefer not to say". */
    @Introspected
    record Answer(UUID categoryId, String categoryName, @Nullable String option, String givenBy, Instant givenAt) {
    }

    @Introspected
    record Link(UUID orgId, UUID candidateId, Instant expiresAt) {
    }

    /** Candidates of one option decided at one stage: how many, how many advanced, how many by a final decision. */
    @Introspected
    record GroupCount(UUID stageId, UUID categoryId, String option, int decided, int advanced, int finalDecisions) {
    }
}
