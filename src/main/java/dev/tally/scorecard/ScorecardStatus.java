package dev.tally.scorecard;

/** DRAFT until first submitted; SUBMITTED and frozen; AMENDING when reopened, while the last revision still counts. */
enum ScorecardStatus {
    DRAFT, SUBMITTED, AMENDING
}
