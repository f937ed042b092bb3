package dev.tally.question;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * The question version a kit item names, found among the organisation's and the built-in questions: what a kit stores
 * of it ({@code ord} is the item's place in the request).
 */
@Introspected
public record PinnedQuestion(int ord, UUID questionId, UUID questionOrgId, UUID versionId, int version, String competency) {

    /** An item's question as a request names it; without a version, its latest. */
    @Serdeable
    public record Reference(int ord, UUID questionId, @Nullable Integer version) {
    }
}
