package dev.tally.report;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What the decision rules read of an interview's scores: the composite, the composite per competency, the items
 * whose spread reaches the kit's threshold, each named, and the bands of uncertainty around both composites. Derived from the interview's item aggregates when its outcome
 * is stored.
 */
record InterviewScores(@Nullable Double overall, Map<String, Double> byCompetency, List<Disagreement> disagreements,
                       CompositeBand band, Map<String, CompositeBand> competencyBands) {

    /** An item whose scores differ by at least the kit's disagreementSpread. */
    record Disagreement(int position, String questionCode, String competency, int min, int max) {
    }

    static InterviewScores of(List<ReportRows.ItemStat> items, int disagreementSpread) {
        List<Disagreement> disagreements = items.stream()
                .filter(item -> item.spread() != null && item.spread() >= disagreementSpread)
                .map(item -> new Disagreement(item.position(), item.questionCode(), item.competency(), item.min(), item.max()))
                .toList();
        return new InterviewScores(Composite.overall(items), Composite.byCompetency(items), disagreements, CompositeBand.of(items),
                CompositeBand.byCompetency(items));
    }
}
