package dev.tally.question;

import dev.tally.common.BuiltInContent;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question at one version, with everything an interviewer needs inline: the rubric's four levels, the key points
 * to tick, follow-up probes and what a worrying answer sounds like.
 */
@Serdeable
public record QuestionView(UUID id, String code, boolean builtIn, int version, int latestVersion, UUID versionId,
                           String section, String competency, String text, List<RubricLevel> rubric,
                           List<String> keyPoints, List<String> probes, List<String> redFlags, Instant versionCreatedAt) {

    static QuestionView from(QuestionRow row) {
        return new QuestionView(row.id(), row.code(), BuiltInContent.ORG_ID.equals(row.orgId()), row.version(),
                row.latestVersion(), row.versionId(), row.section(), row.competency(), row.text(), row.rubric(),
                row.keyPoints(), row.probes(), row.redFlags(), row.createdAt());
    }
}
