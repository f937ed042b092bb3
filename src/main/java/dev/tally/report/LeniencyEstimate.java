package dev.tally.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apache.commons.statistics.distribution.TDistribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * One interviewer's leniency over a scope with its uncertainty (docs/statistics.md). Their comparisons (their score
 * minus the co-panelists' mean on the same item) are grouped by interview j: n_j comparisons summing to S_j = n_j·m_j.
 * L_r = Σ S_j / Σ n_j; its cluster-robust standard error SE_r = sqrt(J/(J−1) · Σ (S_j − n_j·L_r)²) / Σ n_j, since
 * n_j²·(m_j − L_r)² = (S_j − n_j·L_r)²; the 95 % interval L_r ± t(0.975, J−1)·SE_r. Comparisons within one interview
 * share its candidate and co-panelists, so they are not independent: the interview, not the comparison, is the unit.
 *
 * @param interviews    J, the interviews with at least one comparison
 * @param leniency      L_r, null without comparisons
 * @param standardError SE_r, null with fewer than two interviews
 * @param interval      the 95 % interval, null with fewer than two interviews
 */
record LeniencyEstimate(int interviews, int comparisons, @Nullable Double leniency, @Nullable Double standardError,
                        @Nullable Interval interval) {

    static final double CONFIDENCE = 0.95;
    /** Fewer interviews than this are never flagged, however far their mean: two interviews are two data points. */
    static final int MIN_INTERVIEWS = 3;

    /** One interview's comparisons of the interviewer: how many, and the sum of the differences. */
    @Serdeable
    record Cluster(int comparisons, BigDecimal diffSum) {
    }

    @Serdeable
    record Interval(double lower, double upper, double confidence) {

        boolean excludesZero() {
            return lower > 0 || upper < 0;
        }
    }

    static LeniencyEstimate of(List<Cluster> clusters) {
        List<Cluster> counted = clusters.stream().filter(cluster -> cluster.comparisons() > 0).toList();
        int interviews = counted.size();
        int comparisons = counted.stream().mapToInt(Cluster::comparisons).sum();
        if (comparisons == 0) {
            return new LeniencyEstimate(0, 0, null, null, null);
        }
        BigDecimal sum = counted.stream().map(Cluster::diffSum).reduce(BigDecimal.ZERO, BigDecimal::add);
        double leniency = sum.doubleValue() / comparisons;
        if (interviews < 2) {
            return new LeniencyEstimate(interviews, comparisons, leniency, null, null);
        }
        double squares = counted.stream().mapToDouble(cluster -> {
            double residual = cluster.diffSum().doubleValue() - cluster.comparisons() * leniency;
            return residual * residual;
        }).sum();
        double standardError = Math.sqrt((double) interviews / (interviews - 1) * squares) / comparisons;
        double halfWidth = TDistribution.of(interviews - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2) * standardError;
        return new LeniencyEstimate(interviews, comparisons, leniency, standardError,
                new Interval(leniency - halfWidth, leniency + halfWidth, CONFIDENCE));
    }

    /**
     * Lenient or severe only with enough interviews and comparisons, a leniency beyond the threshold, and an interval
     * that excludes 0: a mean far from 0 over few or scattered interviews is noise, not a habit.
     */
    boolean flagged(int minComparisons, double threshold) {
        return leniency != null && interviews >= MIN_INTERVIEWS && comparisons >= minComparisons
                && Math.abs(leniency) >= threshold && interval != null && interval.excludesZero();
    }
}
