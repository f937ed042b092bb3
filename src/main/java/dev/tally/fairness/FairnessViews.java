package dev.tally.fairness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the self-identification and fairness endpoints answer. */
final class FairnessViews {

    private FairnessViews() {
    }

    @Serdeable
    record CategoryView(UUID id, String name, List<String> options) {
    }

    /** {@code option} null: the candidate preferred not to say. */
    @Serdeable
    record AnswerView(UUID categoryId, String category, @Nullable String option, boolean preferNotToSay, String givenBy,
                      Instant givenAt) {
    }

    @Serdeable
    record SelfIdentificationView(UUID candidateId, List<AnswerView> answers) {
    }

    /** The token is shown once: only its hash is kept. {@code path} is the page the candidate opens. */
    @Serdeable
    record LinkView(String token, String path, Instant expiresAt) {
    }

    /** What the candidate's form shows: the organisation's name and its categories, nothing else about them or the opening. */
    @Serdeable
    record FormView(String organisationName, List<CategoryView> categories, Instant expiresAt) {
    }

    @Serdeable
    record CategoryFairness(UUID categoryId, String name, List<SelectionRates.Line> groups) {
    }

    @Serdeable
    record StageFairness(UUID stageId, int position, String name, List<CategoryFairness> categories) {
    }

    @Serdeable
    record FairnessReport(UUID openingId, String openingTitle, List<StageFairness> stages, String method) {
    }
}
