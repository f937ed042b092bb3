package dev.tally.kit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A kit version with its rules, checklist and version history, read in one query. */
@Introspected
record KitHeader(UUID orgId, UUID kitId, UUID versionId, int version, KitStatus status, int revision,
                 String name, String description, String role, String level,
                 @Nullable BigDecimal minOverall, int disagreementSpread,
                 @TypeDef(type = DataType.JSON) Map<String, BigDecimal> minPerCompetency,
                 @TypeDef(type = DataType.JSON) List<ChecklistRow> checklist,
                 @TypeDef(type = DataType.JSON) List<KitView.VersionSummary> versions,
                 Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant archivedAt) {

    /** A red flag on the checklist, by id: the question bank's catalogue has its title, severity and description. */
    @Serdeable
    record ChecklistRow(UUID id, boolean knockout) {
    }
}
