package dev.tally.scorecard;

import java.util.UUID;

/**
 * Published, in the submitting transaction, when a scorecard of an interview is submitted (first or amended): listeners
 * that derive from submitted scores (the report's outcomes) update before the submission commits, so that an
 * acknowledged submission is already in every report.
 */
public record ScorecardSubmitted(UUID orgId, UUID interviewId) {
}
