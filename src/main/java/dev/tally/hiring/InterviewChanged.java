package dev.tally.hiring;

import java.util.UUID;

/**
 * Published, in the changing transaction, when an interview is scheduled or its panel or schedule changes: listeners
 * that keep derived state (the report's outcomes) update it before the change commits.
 */
public record InterviewChanged(UUID orgId, UUID interviewId) {
}
