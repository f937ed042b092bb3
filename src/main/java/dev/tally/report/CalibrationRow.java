package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** One interviewer's scoring habits over a scope, as PostgreSQL aggregates them. */
@Introspected
record CalibrationRow(UUID interviewerId, String interviewerName, int scorecards,
                      int scored1, int scored2, int scored3, int scored4, int notAssessed,
                      int definitelyNo, int no, int yes, int strongYes, int noDecision,
                      @Nullable Double leniency, int comparisons) {
}
