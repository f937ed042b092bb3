package dev.tally.hiring;

/** Where a candidate stands in an opening: still in the process, or out of it one of three ways. */
public enum CandidateStatus {
    ACTIVE, HIRED, REJECTED, WITHDRAWN
}
