package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** How one question fared across the organisation's submitted scorecards. */
@Introspected
record QuestionStats(UUID questionId, String questionCode, int timesAsked, int answers, int notAssessed,
                     int scored1, int scored2, int scored3, int scored4, @Nullable Double mean,
                     @Nullable Double hiredMean, int hiredCandidates, @Nullable Double notHiredMean, int notHiredCandidates) {
}
