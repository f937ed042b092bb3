package dev.tally.question;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One version in a question's history. */
@Serdeable
@Introspected
record QuestionVersionSummary(int version, UUID versionId, String text, Instant createdAt) {
}
