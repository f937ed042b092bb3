package dev.tally.scorecard;

import dev.tally.common.FieldError;
import dev.tally.kit.ItemRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One interviewer's scorecard for one interview: its state, its version, and its newest submitted revision; and the
 * rules an answer, a submission and an amendment must meet.
 */
@MappedEntity("scorecard")
record Scorecard(@Id UUID id, UUID interviewId, UUID interviewerId, ScorecardStatus status, int version, int revision,
                 @Nullable Recommendation recommendation, String summary, @Nullable String amendReason,
                 Instant createdAt, Instant updatedAt) {

    static final String NOT_SUBMITTED = "The scorecard has not been submitted; edit it as it is.";

    boolean editable() {
        return status != ScorecardStatus.SUBMITTED;
    }

    /**
     * One item's answer as it is kept: key points distinct and in order, a reason only when not assessed. Refused, with
     * every problem, when it scores an item marked not assessed or names key points the question does not have.
     */
    static ScorecardViews.ItemAnswer answer(int position, ScorecardRequests.SaveItem request, ItemRule item) {
        List<FieldError> errors = new ArrayList<>();
        boolean notAssessed = Boolean.TRUE.equals(request.notAssessed());
        if (notAssessed && request.score() != null) {
            errors.add(new FieldError("score", "must be left out when the item is marked not assessed"));
        }
        List<Integer> keyPoints = request.keyPoints() == null ? List.of() : request.keyPoints().stream().distinct().sorted().toList();
        for (int keyPoint : keyPoints) {
            if (keyPoint >= item.keyPoints()) {
                errors.add(new FieldError("keyPoints", "names key point " + keyPoint + ", but the question has "
                        + item.keyPoints() + " (numbered from 0)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScorecardFacts.InvalidAnswer(errors);
        }
        String reason = notAssessed && request.notAssessedReason() != null ? request.notAssessedReason().trim() : null;
        return new ScorecardViews.ItemAnswer(position, request.score(), notAssessed, reason, keyPoints,
                request.note() == null ? "" : request.note());
    }

    /**
     * What keeps this scorecard from being submitted, every problem at once: a required item neither scored nor excused
     * with a reason, an extreme score (1 or 4) without evidence, a raised red flag without evidence, no recommendation.
     */
    List<FieldError> submitProblems(List<ItemRule> kit, List<ScorecardViews.ItemAnswer> items, List<ScorecardViews.FlagAnswer> flags) {
        Map<Integer, ScorecardViews.ItemAnswer> answers = items.stream()
                .collect(Collectors.toMap(ScorecardViews.ItemAnswer::position, answer -> answer));
        List<FieldError> problems = new ArrayList<>();
        for (ItemRule item : kit) {
            ScorecardViews.ItemAnswer answer = answers.get(item.position());
            String field = "items[" + item.position() + "]";
            boolean scored = answer != null && answer.score() != null;
            boolean excused = answer != null && answer.notAssessed() && answer.notAssessedReason() != null && !answer.notAssessedReason().isBlank();
            if (item.required() && !scored && !excused) {
                problems.add(new FieldError(field, answer != null && answer.notAssessed()
                        ? "is required: say why it was not assessed"
                        : "is required: give a score from 1 to 4, or mark it not assessed with a reason"));
            }
            if (scored && (answer.score() == 1 || answer.score() == 4) && answer.note().isBlank()) {
                problems.add(new FieldError(field + ".note", "a score of " + answer.score() + " needs evidence: note what the candidate said or did"));
            }
        }
        for (ScorecardViews.FlagAnswer flag : flags) {
            if (flag.raised() && flag.note().isBlank()) {
                problems.add(new FieldError("flags[" + flag.redFlagId() + "].note", "a raised red flag needs evidence: note what you observed"));
            }
        }
        if (recommendation == null) {
            problems.add(new FieldError("recommendation", "choose an overall recommendation (NO_DECISION if you cannot decide)"));
        }
        return problems;
    }

    /** Only a submitted scorecard is reopened for amendment, and only once at a time. */
    void requireAmendable() {
        if (status == ScorecardStatus.DRAFT) {
            throw new ScorecardFacts.NotAmendable(NOT_SUBMITTED);
        }
        if (status == ScorecardStatus.AMENDING) {
            throw new ScorecardFacts.NotAmendable("The scorecard is already open for amendment; edit and submit it.");
        }
    }
}
