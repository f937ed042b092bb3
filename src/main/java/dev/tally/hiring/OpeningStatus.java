package dev.tally.hiring;

/** Whether an opening takes new candidates and interviews. */
public enum OpeningStatus {
    OPEN, CLOSED
}
