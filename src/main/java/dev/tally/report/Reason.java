package dev.tally.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * Why a decision was suggested: the rule that applied, where (interview, item or flag, interviewer), and the numbers.
 * Rules: KNOCKOUT, INCOMPLETE_PANEL, BELOW_MIN_OVERALL, BELOW_MIN_COMPETENCY, DISAGREEMENT, MIXED_RECOMMENDATIONS,
 * NOTHING_SCORED, ALL_RULES_MET, NO_INTERVIEWS, HIDDEN_UNTIL_YOU_SUBMIT; and BORDERLINE beside the deciding reasons when a minimum
 * lies inside its composite's 90 % band (the decision stands).
 */
@Serdeable
record Reason(String rule, Decision decision, @Nullable UUID interviewId, @Nullable String stage, @Nullable Integer itemPosition,
              @Nullable String questionCode, @Nullable String competency, @Nullable String redFlag, @Nullable String interviewer,
              @Nullable Double value, @Nullable Double threshold, String message) {
}
