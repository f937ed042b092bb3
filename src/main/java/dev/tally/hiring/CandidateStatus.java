package dev.tally.hiring;

import java.util.Arrays;

/** Where a candidate stands in an opening: still in the process, or out of it one of three ways. */
public enum CandidateStatus {
    ACTIVE, HIRED, REJECTED, WITHDRAWN;

    /** Whether the status may still be changed by hand: not once a decision has hired or rejected the candidate. */
    boolean isChangeableByHand() {
        return Arrays.stream(HiringRequests.ChangeableStatus.values()).anyMatch(changeable -> changeable.candidateStatus() == this);
    }
}
