package dev.tally.kit;

import dev.tally.common.FieldError;
import dev.tally.question.QuestionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a draft must meet to be published, checked on the domain object without HTTP. */
class KitDraftTest {

    @Test
    void aDraftWithItemsAssessingEveryMinimumCanBePublished() {
        assertThat(new KitDraft(aDraft(List.of("ORM", "SECURITY"), Map.of("SECURITY", BigDecimal.valueOf(2)))).publishProblems()).isEmpty();
    }

    @Test
    void anEmptyDraftAndAMinimumNoItemAssessesAreBothReported() {
        List<FieldError> empty = new KitDraft(aDraft(List.of(), Map.of("ORM", BigDecimal.ONE))).publishProblems();
        List<FieldError> unassessed = new KitDraft(aDraft(List.of("ORM"), Map.of("TESTING", BigDecimal.valueOf(2), "ORM", BigDecimal.ONE)))
                .publishProblems();

        assertThat(empty).extracting(FieldError::field).containsExactly("items", "rules.minPerCompetency[ORM]");
        assertThat(unassessed).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("rules.minPerCompetency[TESTING]");
            assertThat(problem.message()).contains("no item of the kit assesses TESTING");
        });
    }

    private static KitView aDraft(List<String> competencies, Map<String, BigDecimal> minimums) {
        List<KitView.Item> items = competencies.stream().map(competency -> new KitView.Item(competencies.indexOf(competency) + 1,
                BigDecimal.ONE, 10, true, aQuestionOf(competency))).toList();
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new KitView(UUID.randomUUID(), 1, UUID.randomUUID(), KitStatus.DRAFT, 3, false, "Backend", "", "Django developer", "Senior", items,
                List.of(), new KitView.Rules(null, minimums, 2), 10 * items.size(), BigDecimal.valueOf(items.size()), List.of(),
                now, now, null, null);
    }

    private static QuestionView aQuestionOf(String competency) {
        return new QuestionView(UUID.randomUUID(), "Q1", true, 1, 1, UUID.randomUUID(), "Core", competency, "Explain it.",
                List.of(), List.of(), List.of(), List.of(), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
