package dev.tally.report;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One submitted score, with the unit it belongs to (one item of one interview) and its coder. */
@Introspected
record ReliabilityRow(UUID interviewId, UUID kitId, int kitVersion, String kitName, int position, UUID questionId,
                      String questionCode, int questionVersion, UUID interviewerId, int score) {
}
