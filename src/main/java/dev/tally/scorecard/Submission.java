package dev.tally.scorecard;

import java.util.List;
import java.util.UUID;

/**
 * One panelist's newest submitted revision of a scorecard, as the report's projection reads it: the scores given (items
 * not assessed are left out), the recommendation and the red flags raised with their evidence.
 */
public record Submission(UUID interviewerId, String interviewerName, int revision, String recommendation, List<Score> scores,
                         List<RaisedFlag> raisedFlags) {

    public record Score(int position, int score) {
    }

    public record RaisedFlag(UUID redFlagId, String note) {
    }
}
