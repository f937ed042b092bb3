package dev.tally.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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

    /** Σ w_i·mean_i and Σ w_i over the items scored at least once: what composites of several interviews add up. */
    @Serdeable
    record Parts(double weighted, double weight) {

        static final Parts NONE = new Parts(0, 0);

        Parts plus(Parts other) {
            return new Parts(weighted + other.weighted, weight + other.weight);
        }

        @Nullable
        Double composite() {
            return weight == 0 ? null : weighted / weight;
        }
    }

    static Parts parts(Collection<ReportRows.ItemStat> items, Function<ReportRows.ItemStat, Double> mean) {
        double weighted = 0;
        double weights = 0;
        for (ReportRows.ItemStat item : items) {
            Double value = mean.apply(item);
            if (item.n() >= 1 && value != null) {
                weighted += item.weight().doubleValue() * value;
                weights += item.weight().doubleValue();
            }
        }
        return new Parts(weighted, weights);
    }

    static Parts parts(Collection<ReportRows.ItemStat> items) {
        return parts(items, ReportRows.ItemStat::mean);
    }

    /** The parts per competency, over the competencies with at least one scored item. */
    static Map<String, Parts> partsByCompetency(Collection<ReportRows.ItemStat> items) {
        Map<String, Parts> parts = new TreeMap<>();
        items.stream().collect(Collectors.groupingBy(ReportRows.ItemStat::competency)).forEach((competency, ofCompetency) -> {
            Parts sums = parts(ofCompetency);
            if (sums.weight() > 0) {
                parts.put(competency, sums);
            }
        });
        return parts;
    }

    /** The composite of each competency, from its parts. */
    static Map<String, Double> composites(Map<String, Parts> parts) {
        Map<String, Double> composites = new TreeMap<>();
        parts.forEach((competency, sums) -> composites.put(competency, sums.composite()));
        return composites;
    }

    static @Nullable Double overall(Collection<ReportRows.ItemStat> items) {
        return parts(items).composite();
    }

    /** W with each score less its interviewer's leniency (as given: zero for those with too few comparisons), clamped to 1-4. */
    static @Nullable Double adjusted(Collection<ReportRows.ItemStat> items, Map<UUID, Double> leniency) {
        return adjustedParts(items, leniency).composite();
    }

    static Parts adjustedParts(Collection<ReportRows.ItemStat> items, Map<UUID, Double> leniency) {
        return parts(items, item -> item.adjustedMean(leniency));
    }

    static Map<String, Double> byCompetency(Collection<ReportRows.ItemStat> items) {
        return composites(partsByCompetency(items));
    }

    /** Coverage per competency: how many distinct interviewers scored at least one of its items (0 when none did). */
    static Map<String, Integer> coverage(Collection<ReportRows.ItemStat> items) {
        Map<String, Set<UUID>> raters = new TreeMap<>();
        for (ReportRows.ItemStat item : items) {
            raters.computeIfAbsent(item.competency(), competency -> new HashSet<>()).addAll(item.raters());
        }
        Map<String, Integer> coverage = new TreeMap<>();
        raters.forEach((competency, who) -> coverage.put(competency, who.size()));
        return coverage;
    }

    static @Nullable Double percent(@Nullable Double composite) {
        return composite == null ? null : (composite - 1) / 3 * 100;
    }
}
