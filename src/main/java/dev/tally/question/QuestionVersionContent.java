package dev.tally.question;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question version's content, which never changes once the version exists: the {@link QuestionView} without its
 * {@code latestVersion}, the one part that moves when the question is revised. Served immutable, so a browser keeps it.
 */
@Serdeable
public record QuestionVersionContent(UUID id, UUID versionId, String code, boolean builtIn, int version, String section,
                                     String competency, String text, List<RubricLevel> rubric, List<String> keyPoints,
                                     List<String> probes, List<String> redFlags, Instant versionCreatedAt) {

    public static QuestionVersionContent of(QuestionView question) {
        return new QuestionVersionContent(question.id(), question.versionId(), question.code(), question.builtIn(), question.version(),
                question.section(), question.competency(), question.text(), question.rubric(), question.keyPoints(),
                question.probes(), question.redFlags(), question.versionCreatedAt());
    }
}
