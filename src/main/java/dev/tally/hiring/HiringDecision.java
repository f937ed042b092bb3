package dev.tally.hiring;

/**
 * The hiring manager's final decision. HIRE and NO_HIRE settle the candidate (HIRED, REJECTED); HOLD keeps them ACTIVE
 * and undecided, still awaiting a decision, so a later HIRE or NO_HIRE settles them.
 */
public enum HiringDecision {
    HIRE, NO_HIRE, HOLD;

    public CandidateStatus status() {
        return switch (this) {
            case HIRE -> CandidateStatus.HIRED;
            case NO_HIRE -> CandidateStatus.REJECTED;
            case HOLD -> CandidateStatus.ACTIVE;
        };
    }

    /**
     * Whether this decision goes the way the report's suggestion points: HIRE after ADVANCE, NO_HIRE after REJECT,
     * HOLD while the report says DISCUSS or INCOMPLETE. Any other pairing departs from it.
     */
    public boolean follows(String suggestion) {
        return switch (this) {
            case HIRE -> suggestion.equals("ADVANCE");
            case NO_HIRE -> suggestion.equals("REJECT");
            case HOLD -> suggestion.equals("DISCUSS") || suggestion.equals("INCOMPLETE");
        };
    }
}
