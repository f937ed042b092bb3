package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** The question version an item of a request names, found among the organisation's and the built-in questions. */
@Introspected
record ResolvedQuestion(int ord, UUID questionId, UUID questionOrgId, UUID versionId, int version, String competency) {
}
