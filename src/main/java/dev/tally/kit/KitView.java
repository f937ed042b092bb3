package dev.tally.kit;

import dev.tally.question.QuestionView;
import dev.tally.question.RedFlagView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a kit with everything an interviewer needs inline: items in order with their pinned questions,
 * rubrics, key points, probes and red flags; the checklist; the decision rules; the total time. {@code versionId} names
 * the version as interviews pin it (a published one's content is also at /api/v1/kit-versions/{versionId}).
 */
@Serdeable
public record KitView(UUID id, int version, UUID versionId, KitStatus status, int revision, boolean starter,
                      String name, String description, String role, String level,
                      List<Item> items, List<ChecklistEntry> checklist, Rules rules,
                      int totalMinutes, BigDecimal totalWeight, List<VersionSummary> versions,
                      Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant archivedAt) {

    @Serdeable
    public record Item(int position, BigDecimal weight, int timeBoxMinutes, boolean required, QuestionView question) {
    }

    @Serdeable
    public record ChecklistEntry(RedFlagView redFlag, boolean knockout) {
    }

    @Serdeable
    public record Rules(@Nullable BigDecimal minOverall, Map<String, BigDecimal> minPerCompetency, int disagreementSpread) {
    }

    @Serdeable
    public record VersionSummary(int version, KitStatus status, @Nullable Instant publishedAt, @Nullable Instant archivedAt) {
    }
}
