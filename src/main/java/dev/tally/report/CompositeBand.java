package dev.tally.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The uncertainty of a composite W (docs/statistics.md). Over the scored items i (n_i ≥ 1 scores, weight w_i), the
 * pooled within-item variance s_p² = Σ (n_i − 1)·s_i² / Σ (n_i − 1) over the items with n_i ≥ 2, s_i² their sample
 * variance; SE(W) = sqrt( Σ w_i²·s_p²/n_i ) / Σ w_i; the band W ± 1.645·SE(W), a 90 % band. Pooling is needed because
 * an item has two or three scores: its own variance says little. With fewer than {@value #MIN_DEGREES} degrees of
 * freedom Σ (n_i − 1) there are too few ratings to say anything.
 *
 * @param degreesOfFreedom Σ (n_i − 1): how many ratings beyond the first of each item the variance rests on
 */
@Serdeable
record CompositeBand(Status status, @Nullable Double lower, @Nullable Double upper, @Nullable Double standardError,
                     int degreesOfFreedom, double level) {

    static final int MIN_DEGREES = 5;
    static final double LEVEL = 0.90;
    /** z(0.95): the 90 % band is two-sided. */
    static final double Z = 1.645;

    enum Status { ESTIMATED, TOO_FEW_RATINGS }

    static CompositeBand of(Collection<ReportRows.ItemStat> items) {
        List<ReportRows.ItemStat> scored = items.stream().filter(item -> item.n() >= 1 && item.mean() != null).toList();
        double squares = 0;
        int degrees = 0;
        for (ReportRows.ItemStat item : scored) {
            squares += item.scores().stream().mapToDouble(score -> (score - item.mean()) * (score - item.mean())).sum();
            degrees += item.n() - 1;
        }
        if (degrees < MIN_DEGREES) {
            return new CompositeBand(Status.TOO_FEW_RATINGS, null, null, null, degrees, LEVEL);
        }
        double pooled = squares / degrees;
        double weights = 0;
        double spread = 0;
        for (ReportRows.ItemStat item : scored) {
            double weight = item.weight().doubleValue();
            weights += weight;
            spread += weight * weight * pooled / item.n();
        }
        Double composite = Composite.overall(scored);
        if (composite == null) {
            // every scored item weighs 0: there is no composite to put a band around
            return new CompositeBand(Status.TOO_FEW_RATINGS, null, null, null, degrees, LEVEL);
        }
        double standardError = Math.sqrt(spread) / weights;
        return new CompositeBand(Status.ESTIMATED, composite - Z * standardError, composite + Z * standardError, standardError,
                degrees, LEVEL);
    }

    /** The band of each competency's W_c, over that competency's items. */
    static Map<String, CompositeBand> byCompetency(Collection<ReportRows.ItemStat> items) {
        Map<String, CompositeBand> bands = new TreeMap<>();
        items.stream().collect(Collectors.groupingBy(ReportRows.ItemStat::competency))
                .forEach((competency, ofCompetency) -> bands.put(competency, of(ofCompetency)));
        return bands;
    }

    /** Whether a rule's threshold lies inside the band: the rule then decided on a hair. */
    boolean contains(double threshold) {
        return status == Status.ESTIMATED && lower <= threshold && threshold <= upper;
    }
}
