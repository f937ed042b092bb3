package dev.tally.question;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A question with one of its versions, as read from the database. */
@Introspected
record QuestionRow(UUID id, UUID orgId, String code, int latestVersion, UUID versionId, int version,
                   String section, String competency, String text,
                   @TypeDef(type = DataType.JSON) List<RubricLevel> rubric,
                   @TypeDef(type = DataType.JSON) List<String> keyPoints,
                   @TypeDef(type = DataType.JSON) List<String> probes,
                   @TypeDef(type = DataType.JSON) List<String> redFlags,
                   Instant createdAt) {
}
