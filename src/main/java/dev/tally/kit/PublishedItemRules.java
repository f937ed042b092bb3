package dev.tally.kit;

import dev.tally.question.QuestionService;
import dev.tally.question.QuestionView;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The item rules of kit versions, kept in memory once a version is published: only a draft's items change, and
 * interviews are scored by published (or later archived) versions, so every autosave after the first of a version
 * spends no statement on them. A draft's rules are read every time.
 */
@Singleton
class PublishedItemRules {

    /** Far more versions than an instance scores at once; past it the memory starts over rather than growing. */
    private static final int MAX_VERSIONS = 10_000;

    private final KitRepository kits;
    private final QuestionService questions;
    private final ConcurrentHashMap<Version, List<ItemRule>> published = new ConcurrentHashMap<>();

    PublishedItemRules(KitRepository kits, QuestionService questions) {
        this.kits = kits;
        this.questions = questions;
    }

    List<ItemRule> of(UUID orgId, UUID versionId) {
        Version version = new Version(orgId, versionId);
        List<ItemRule> known = published.get(version);
        if (known != null) {
            return known;
        }
        List<Row> rows = kits.findItemRules(orgId, versionId);
        Map<UUID, QuestionView> pinned = questions.pinnedVersions(orgId, rows.stream().map(Row::questionVersionId).toList());
        List<ItemRule> rules = rows.stream().map(row -> new ItemRule(row.position(), row.required(),
                pinned.get(row.questionVersionId()).keyPoints().size())).toList();
        if (!rows.isEmpty() && rows.stream().noneMatch(row -> KitStatus.DRAFT.name().equals(row.status()))) {
            if (published.size() >= MAX_VERSIONS) {
                published.clear();
            }
            published.put(version, rules);
        }
        return rules;
    }

    private record Version(UUID orgId, UUID versionId) {
    }

    /** One item with its version's status; the question it pins has its key points. */
    @Introspected
    record Row(int position, boolean required, UUID questionVersionId, String status) {
    }
}
