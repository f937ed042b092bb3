package dev.tally.report;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The weighted composite: W = Σ w_i·mean_i / Σ w_i over the items scored at least once (n_i ≥ 1), and per competency
 * the same over that competency's items. Percent = (W − 1) / 3 × 100.
 */
final class Composite {

    private Composite() {
    }

    static @Nullable Double weighted(Collection<ReportRows.ItemStat> items, Function<ReportRows.ItemStat, Double> mean) {
        double weighted = 0;
        double weights = 0;
        for (ReportRows.ItemStat item : items) {
            Double value = mean.apply(item);
            if (item.n() >= 1 && value != null) {
                weighted += item.weight().doubleValue() * value;
                weights += item.weight().doubleValue();
            }
        }
        return weights == 0 ? null : weighted / weights;
    }

    static @Nullable Double overall(Collection<ReportRows.ItemStat> items) {
        return weighted(items, ReportRows.ItemStat::mean);
    }

    /** W with each score less its interviewer's leniency (as given: zero for those with too few comparisons), clamped to 1-4. */
    static @Nullable Double adjusted(Collection<ReportRows.ItemStat> items, Map<UUID, Double> leniency) {
        return weighted(items, item -> item.adjustedMean(leniency));
    }

    static Map<String, Double> byCompetency(Collection<ReportRows.ItemStat> items) {
        Map<String, Double> composites = new TreeMap<>();
        items.stream().collect(Collectors.groupingBy(ReportRows.ItemStat::competency)).forEach((competency, ofCompetency) -> {
            Double value = overall(ofCompetency);
            if (value != null) {
                composites.put(competency, value);
            }
        });
        return composites;
    }

    /** Coverage per competency: how many distinct interviewers scored at least one of its items (0 when none did). */
    static Map<String, Integer> coverage(Collection<ReportRows.ItemStat> items) {
        Map<String, Set<String>> raters = new TreeMap<>();
        for (ReportRows.ItemStat item : items) {
            Set<String> who = raters.computeIfAbsent(item.competency(), competency -> new HashSet<>());
            if (!item.raters().isEmpty()) {
                who.addAll(Arrays.asList(item.raters().split(",")));
            }
        }
        Map<String, Integer> coverage = new TreeMap<>();
        raters.forEach((competency, who) -> coverage.put(competency, who.size()));
        return coverage;
    }

    static @Nullable Double percent(@Nullable Double composite) {
        return composite == null ? null : (composite - 1) / 3 * 100;
    }
}
