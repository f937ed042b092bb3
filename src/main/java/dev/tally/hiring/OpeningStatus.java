package dev.tally.hiring;

/** Whether an opening takes new candidates and interviews. */
enum OpeningStatus {
    OPEN, CLOSED
}
