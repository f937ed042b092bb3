package dev.tally.scorecard;

import dev.tally.common.FieldError;
import dev.tally.kit.ItemRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of answering, submitting and amending, on the domain object without HTTP or a database. */
class ScorecardRulesTest {

    private static final ItemRule REQUIRED_WITH_THREE_KEY_POINTS = new ItemRule(1, true, 3);
    private static final ItemRule OPTIONAL = new ItemRule(2, false, 0);
    private static final UUID RED_FLAG = UUID.randomUUID();

    @Test
    void anAnswerKeepsKeyPointsDistinctAndInOrderAndAReasonOnlyWhenNotAssessed() {
        ScorecardViews.ItemAnswer answer = Scorecard.answer(1, save(3, null, " ignored ", List.of(2, 0, 2), null),
                REQUIRED_WITH_THREE_KEY_POINTS);

        assertThat(answer.keyPoints()).containsExactly(0, 2);
        assertThat(answer.notAssessedReason()).isNull();
        assertThat(answer.note()).isEmpty();
    }

    @Test
    void anAnswerThatScoresANotAssessedItemOrNamesAMissingKeyPointIsRefusedWithBoth() {
        assertThatThrownBy(() -> Scorecard.answer(1, save(2, true, "ran out of time", List.of(3), "x"), REQUIRED_WITH_THREE_KEY_POINTS))
                .isInstanceOfSatisfying(ScorecardFacts.InvalidAnswer.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("score", "keyPoints"));
    }

    @Test
    void submittingNeedsEveryRequiredItemAnsweredEvidenceForExtremesAndFlagsAndARecommendation() {
        Scorecard draft = aScorecard(ScorecardStatus.DRAFT, null);
        List<ScorecardViews.ItemAnswer> items = List.of(new ScorecardViews.ItemAnswer(2, 4, false, null, List.of(), ""));
        List<ScorecardViews.FlagAnswer> flags = List.of(new ScorecardViews.FlagAnswer(RED_FLAG, true, " "));

        assertThat(draft.submitProblems(List.of(REQUIRED_WITH_THREE_KEY_POINTS, OPTIONAL), items, flags))
                .extracting(FieldError::field)
                .containsExactly("items[1]", "items[2].note", "flags[" + RED_FLAG + "].note", "recommendation");
    }

    @Test
    void anItemNotAssessedWithAReasonCountsAsAnswered() {
        Scorecard draft = aScorecard(ScorecardStatus.DRAFT, Recommendation.YES);
        List<ScorecardViews.ItemAnswer> excused = List.of(new ScorecardViews.ItemAnswer(1, null, true, "ran out of time", List.of(), ""));
        List<ScorecardViews.ItemAnswer> unexplained = List.of(new ScorecardViews.ItemAnswer(1, null, true, null, List.of(), ""));

        assertThat(draft.submitProblems(List.of(REQUIRED_WITH_THREE_KEY_POINTS), excused, List.of())).isEmpty();
        assertThat(draft.submitProblems(List.of(REQUIRED_WITH_THREE_KEY_POINTS), unexplained, List.of()))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("say why it was not assessed"));
    }

    @Test
    void onlyASubmittedScorecardIsReopenedForAmendment() {
        aScorecard(ScorecardStatus.SUBMITTED, Recommendation.YES).requireAmendable();

        assertThatThrownBy(() -> aScorecard(ScorecardStatus.DRAFT, null).requireAmendable())
                .isInstanceOf(ScorecardFacts.NotAmendable.class).hasMessageContaining("has not been submitted");
        assertThatThrownBy(() -> aScorecard(ScorecardStatus.AMENDING, Recommendation.YES).requireAmendable())
                .isInstanceOf(ScorecardFacts.NotAmendable.class).hasMessageContaining("already open for amendment");
    }

    private static ScorecardRequests.SaveItem save(Integer score, Boolean notAssessed, String reason, List<Integer> keyPoints,
                                                   String note) {
        return new ScorecardRequests.SaveItem(0, score, notAssessed, reason, keyPoints, note);
    }

    private static Scorecard aScorecard(ScorecardStatus status, Recommendation recommendation) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Scorecard(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status, 3, status == ScorecardStatus.DRAFT ? 0 : 1,
                recommendation, "", null, now, now);
    }
}
