package dev.tally.kit;

import dev.tally.question.QuestionVersionContent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published (or since archived) kit version's content, which never changes: the {@link KitView} without what still
 * moves after publishing (the status, the kit's version list, each question's latest version number). The scoring page
 * reads its kit this way, so a browser keeps it instead of asking again.
 */
@Serdeable
record KitVersionContent(UUID kitId, UUID versionId, int version, boolean starter, String name, String description,
                                String role, String level, List<Item> items, List<KitView.ChecklistEntry> checklist,
                                KitView.Rules rules, int totalMinutes, BigDecimal totalWeight, @Nullable Instant publishedAt) {

    @Serdeable
    record Item(int position, BigDecimal weight, int timeBoxMinutes, boolean required, QuestionVersionContent question) {
    }

    static KitVersionContent of(KitView kit) {
        return new KitVersionContent(kit.id(), kit.versionId(), kit.version(), kit.starter(), kit.name(), kit.description(), kit.role(),
                kit.level(), kit.items().stream().map(item -> new Item(item.position(), item.weight(), item.timeBoxMinutes(),
                        item.required(), QuestionVersionContent.of(item.question()))).toList(),
                kit.checklist(), kit.rules(), kit.totalMinutes(), kit.totalWeight(), kit.publishedAt());
    }
}
