package dev.tally.kit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the report's rules read of a kit version: its items as pinned, its decision rules and its red-flag checklist. */
public record ScoringRules(UUID kitId, int version, String name, @Nullable BigDecimal minOverall,
                           Map<String, BigDecimal> minPerCompetency, int disagreementSpread, List<Item> items,
                           List<Flag> checklist) {

    public record Item(int position, String questionCode, int questionVersion, String competency, BigDecimal weight,
                       boolean required) {
    }

    public record Flag(UUID redFlagId, String title, String severity, boolean knockout) {
    }

    static ScoringRules of(KitView kit) {
        return new ScoringRules(kit.id(), kit.version(), kit.name(), kit.rules().minOverall(), kit.rules().minPerCompetency(),
                kit.rules().disagreementSpread(),
                kit.items().stream().map(item -> new Item(item.position(), item.question().code(), item.question().version(),
                        item.question().competency(), item.weight(), item.required())).toList(),
                kit.checklist().stream().map(entry -> new Flag(entry.redFlag().id(), entry.redFlag().title(),
                        entry.redFlag().severity().name(), entry.knockout())).toList());
    }
}
