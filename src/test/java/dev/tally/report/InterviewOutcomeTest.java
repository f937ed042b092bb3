package dev.tally.report;

import dev.tally.hiring.InterviewOutline;
import dev.tally.kit.ScoringRules;
import dev.tally.scorecard.Submission;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stored outcome of one interview, computed without HTTP or a database, against a hand computation. Kit: 1 = ORM
 * weight 2, 2 = SECURITY weight 1, 3 = TESTING weight 1 (optional); minOverall 2, minimum SECURITY 2, spread 2; flag
 * "Security negligence" is a knockout, "ORM ignorance" is not.
 */
class InterviewOutcomeTest {

    private static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID CAL = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Map<UUID, String> NAMES = Map.of(ANN, "Ann", BEN, "Ben", CAL, "Cal");
    private static final UUID ORM_IGNORANCE = UUID.randomUUID();
    private static final UUID SECURITY_NEGLIGENCE = UUID.randomUUID();

    private static final ScoringRules KIT = new ScoringRules(UUID.randomUUID(), 1, "Screen", BigDecimal.valueOf(2),
            Map.of("SECURITY", BigDecimal.valueOf(2)), 2,
            List.of(new ScoringRules.Item(1, "Q2", 1, "ORM", BigDecimal.valueOf(2), true),
                    new ScoringRules.Item(2, "Q10", 1, "SECURITY", BigDecimal.ONE, true),
                    new ScoringRules.Item(3, "Q13", 1, "TESTING", BigDecimal.ONE, false)),
            List.of(new ScoringRules.Flag(ORM_IGNORANCE, "ORM ignorance", "MEDIUM", false),
                    new ScoringRules.Flag(SECURITY_NEGLIGENCE, "Security negligence", "HIGH", true)));

    /**
     * Ann (3, 2, –; YES), Ben (4, 3, 2; STRONG_YES; raises ORM ignorance): item 1 mean 3.5, item 2 2.5, item 3 2;
     * Σ w·mean = 2·3.5 + 2.5 + 2 = 11.5 over Σ w = 4, W = 2.875. Leniency: on item 1 Ann 3 − 4 = −1, Ben +1; on item 2
     * Ann −1, Ben +1; item 3 has one score: Ann −2 over 2 comparisons, Ben +2 over 2. Every rule met but the flag is not a
     * knockout: ADVANCE.
     */
    @Test
    void aCompletePanelAdvancesWithItsCompositeAndLeniencyParts() {
        InterviewOutcome outcome = InterviewOutcome.of(interviewWith(ANN, BEN), KIT, List.of(
                submission(ANN, 1, "YES", Map.of(1, 3, 2, 2)),
                submission(BEN, 1, "STRONG_YES", Map.of(1, 4, 2, 3, 3, 2), new Submission.RaisedFlag(ORM_IGNORANCE, "never heard of N+1"))));

        assertThat(outcome.parts().weighted()).isCloseTo(11.5, within(1e-12));
        assertThat(outcome.parts().weight()).isCloseTo(4, within(1e-12));
        assertThat(outcome.parts().composite()).isCloseTo(2.875, within(1e-12));
        assertThat(outcome.competencies().get("ORM").composite()).isCloseTo(3.5, within(1e-12));
        assertThat(outcome.competencies().get("SECURITY").composite()).isCloseTo(2.5, within(1e-12));
        assertThat(outcome.items().get(2).n()).isEqualTo(1);
        assertThat(outcome.raters()).containsExactly(
                new InterviewOutcome.RaterContribution(ANN, new BigDecimal("-2.00000000000000000000"), 2),
                new InterviewOutcome.RaterContribution(BEN, new BigDecimal("2.00000000000000000000"), 2));
        assertThat(outcome.flags()).isEqualTo(1);
        assertThat(outcome.knockouts()).isZero();
        assertThat(outcome.facts().recommendations()).isEqualTo(Map.of("YES", 1, "STRONG_YES", 1));
        assertThat(outcome.decision().decision()).isEqualTo(Decision.ADVANCE);
        assertThat(outcome.decision().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("ALL_RULES_MET");
            assertThat(reason.value()).isCloseTo(2.875, within(1e-12));
        });
    }

    /** Three raters on one item, 4, 3 and 2: each co-panelist mean is (9 − s) / 2, so the differences are +1.5, 0, −1.5. */
    @Test
    void leniencyComparesEachScoreWithTheCoPanelistsMean() {
        InterviewOutcome outcome = InterviewOutcome.of(interviewWith(ANN, BEN, CAL), KIT, List.of(
                submission(ANN, 1, "YES", Map.of(1, 4)), submission(BEN, 2, "YES", Map.of(1, 3)),
                submission(CAL, 1, "NO", Map.of(1, 2))));

        assertThat(outcome.raters()).extracting(rater -> rater.diffSum().doubleValue()).containsExactly(1.5, 0.0, -1.5);
        assertThat(outcome.facts().amendedCount()).isEqualTo(1);
        // spread 4 − 2 reaches 2, and YES against NO: DISCUSS with both reasons
        assertThat(outcome.decision().decision()).isEqualTo(Decision.DISCUSS);
        assertThat(outcome.decision().reasons()).extracting(Reason::rule).containsExactly("DISAGREEMENT", "MIXED_RECOMMENDATIONS");
    }

    /** Ben has not submitted, but Ann raised the knockout: the knockout outranks the incomplete panel. */
    @Test
    void aKnockoutOutranksAnIncompletePanelAndAPendingSeatIsNamed() {
        InterviewOutline interview = interviewWith(ANN, BEN);
        Submission ann = submission(ANN, 1, "DEFINITELY_NO", Map.of(1, 1, 2, 1),
                new Submission.RaisedFlag(SECURITY_NEGLIGENCE, "stored passwords in plain text"));

        InterviewOutcome knockedOut = InterviewOutcome.of(interview, KIT, List.of(ann));
        InterviewOutcome pending = InterviewOutcome.of(interview, KIT, List.of(submission(ANN, 1, "YES", Map.of(1, 3, 2, 3))));

        assertThat(knockedOut.decision().decision()).isEqualTo(Decision.REJECT);
        assertThat(knockedOut.decision().reasons()).extracting(Reason::rule).containsExactly("KNOCKOUT");
        assertThat(knockedOut.knockouts()).isEqualTo(1);
        assertThat(pending.decision().decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(pending.decision().reasons()).singleElement().satisfies(reason -> assertThat(reason.interviewer()).isEqualTo("Ben"));
    }

    /** W = (2·1 + 1) / 3 = 1 is below 2 and W_SECURITY = 1 below its minimum 2: REJECT with both reasons. */
    @Test
    void scoresBelowTheMinimumsReject() {
        InterviewOutcome outcome = InterviewOutcome.of(interviewWith(ANN), KIT, List.of(submission(ANN, 1, "NO", Map.of(1, 1, 2, 1))));

        assertThat(outcome.parts().composite()).isCloseTo(1.0, within(1e-12));
        assertThat(outcome.decision().reasons()).extracting(Reason::rule).containsExactly("BELOW_MIN_OVERALL", "BELOW_MIN_COMPETENCY");
    }

    @Test
    void nothingSubmittedLeavesEveryItemUnscoredAndThePanelIncomplete() {
        InterviewOutcome outcome = InterviewOutcome.of(interviewWith(ANN), KIT, List.of());

        assertThat(outcome.items()).hasSize(3).allSatisfy(item -> assertThat(item.n()).isZero());
        assertThat(outcome.parts()).isEqualTo(new Composite.Parts(0, 0));
        assertThat(outcome.raters()).isEmpty();
        assertThat(outcome.decision().decision()).isEqualTo(Decision.INCOMPLETE);
    }

    @Test
    void aCandidatesDecisionIsTheMostSevereOfItsInterviews() {
        assertThat(DecisionRules.candidateDecision(List.of(Decision.ADVANCE, Decision.DISCUSS, Decision.INCOMPLETE)))
                .isEqualTo(Decision.INCOMPLETE);
        assertThat(DecisionRules.candidateDecision(List.of(Decision.ADVANCE, Decision.REJECT))).isEqualTo(Decision.REJECT);
        assertThat(DecisionRules.candidateDecision(List.of())).isEqualTo(Decision.INCOMPLETE);
        // the opening report's SQL takes the smallest stored severity: the order must be the rule's
        assertThat(Decision.REJECT.severity()).isLessThan(Decision.INCOMPLETE.severity());
        assertThat(Decision.INCOMPLETE.severity()).isLessThan(Decision.DISCUSS.severity());
        assertThat(Decision.DISCUSS.severity()).isLessThan(Decision.ADVANCE.severity());
    }

    private static InterviewOutline interviewWith(UUID... panel) {
        return new InterviewOutline(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Screen",
                Instant.parse("2026-12-01T10:00:00Z"), UUID.randomUUID(),
                Arrays.stream(panel).map(id -> new InterviewOutline.Seat(id, NAMES.get(id))).toList());
    }

    private static Submission submission(UUID interviewer, int revision, String recommendation, Map<Integer, Integer> scores,
                                         Submission.RaisedFlag... flags) {
        return new Submission(interviewer, NAMES.get(interviewer), revision, recommendation,
                new TreeMap<>(scores).entrySet().stream().map(e -> new Submission.Score(e.getKey(), e.getValue())).toList(),
                List.of(flags));
    }
}
