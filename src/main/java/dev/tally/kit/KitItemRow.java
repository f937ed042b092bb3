package dev.tally.kit;

import dev.tally.question.RubricLevel;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A kit item with the question version it pins. */
@Introspected
record KitItemRow(int position, BigDecimal weight, int timeBoxMinutes, boolean required,
                  UUID questionId, UUID questionOrgId, String code, int latestVersion, UUID versionId, int version,
                  String section, String competency, String text,
                  @TypeDef(type = DataType.JSON) List<RubricLevel> rubric,
                  @TypeDef(type = DataType.JSON) List<String> keyPoints,
                  @TypeDef(type = DataType.JSON) List<String> probes,
                  @TypeDef(type = DataType.JSON) List<String> redFlags,
                  Instant createdAt) {
}
