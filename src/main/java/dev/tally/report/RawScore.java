package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One submitted answer, flattened for the raw-scores export. */
@Introspected
record RawScore(String candidateName, UUID interviewId, String stageName, String interviewerName, String questionCode,
                int questionVersion, int position, @Nullable Integer score, boolean notAssessed, @Nullable String keyPoints,
                String note, Instant submittedAt, int revision) {
}
