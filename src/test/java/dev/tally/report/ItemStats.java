package dev.tally.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Item aggregates as the report reads them, built from the scores they summarise. */
final class ItemStats {

    private ItemStats() {
    }

    static ReportRows.ItemStat anItem(int position, String competency, double weight, List<UUID> raters, List<Integer> scores) {
        Double mean = scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        Integer min = scores.isEmpty() ? null : scores.stream().min(Integer::compare).orElseThrow();
        Integer max = scores.isEmpty() ? null : scores.stream().max(Integer::compare).orElseThrow();
        return new ReportRows.ItemStat(UUID.randomUUID(), position, "Q" + position, 1, competency,
                BigDecimal.valueOf(weight), true, scores.size(), mean, min, max, raters, scores);
    }

    /** An item scored by as many fresh interviewers as it has scores. */
    static ReportRows.ItemStat anItem(int position, String competency, double weight, Integer... scores) {
        List<UUID> raters = java.util.Arrays.stream(scores).map(score -> UUID.randomUUID()).toList();
        return anItem(position, competency, weight, raters, List.of(scores));
    }
}
