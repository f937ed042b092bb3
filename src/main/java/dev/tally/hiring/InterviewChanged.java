package dev.tally.hiring;

import java.util.List;
import java.util.UUID;

/**
 * Published, in the changing transaction, when interviews are scheduled or their panel, schedule or stage's name
 * changes: listeners that keep derived state (the report's outcomes) update it before the change commits.
 */
public record InterviewChanged(UUID orgId, List<UUID> interviewIds) {

    InterviewChanged(UUID orgId, UUID interviewId) {
        this(orgId, List.of(interviewId));
    }
}
