package dev.tally.report;

import dev.tally.report.LeniencyEstimate.Cluster;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The worked examples of docs/statistics.md, "Leniency with an interval", by hand. */
class LeniencyEstimateTest {

    private static final int MIN_COMPARISONS = 10;
    private static final double THRESHOLD = 0.5;

    /** t(0.975, 2) and t(0.975, 3), Student's t quantiles as tables give them. */
    private static final double T_2 = 4.302652729749462;
    private static final double T_3 = 3.1824463052837078;

    @Test
    void threeInterviewsWithScatteredMeansGiveAWideIntervalAndNoFlag() {
        // n = (4, 2, 4), S = (2, −1, 3): m = (0.5, −0.5, 0.75); L = 4 / 10 = 0.4;
        // S_j − n_j·L = (0.4, −1.8, 1.4), squares 5.36; SE = sqrt(3/2 · 5.36) / 10 = sqrt(8.04) / 10.
        LeniencyEstimate estimate = LeniencyEstimate.of(List.of(cluster(4, "2"), cluster(2, "-1"), cluster(4, "3")));

        assertThat(estimate.interviews()).isEqualTo(3);
        assertThat(estimate.comparisons()).isEqualTo(10);
        assertThat(estimate.leniency()).isCloseTo(0.4, within(1e-9));
        assertThat(estimate.standardError()).isCloseTo(Math.sqrt(8.04) / 10, within(1e-9));
        assertThat(estimate.interval().lower()).isCloseTo(0.4 - T_2 * Math.sqrt(8.04) / 10, within(1e-9));
        assertThat(estimate.interval().upper()).isCloseTo(0.4 + T_2 * Math.sqrt(8.04) / 10, within(1e-9));
        assertThat(estimate.interval().lower()).isCloseTo(-0.8200126102753068, within(1e-9));
        assertThat(estimate.flagged(MIN_COMPARISONS, THRESHOLD)).isFalse();
    }

    @Test
    void fourInterviewsThatAgreeFlagALenientInterviewer() {
        // n = (5, 5, 5, 5), S = (4, 5, 3, 4): L = 16 / 20 = 0.8; residuals (0, 1, −1, 0), squares 2;
        // SE = sqrt(4/3 · 2) / 20; interval 0.8 ± t(0.975, 3)·SE = (0.540, 1.060), clear of 0.
        LeniencyEstimate estimate = LeniencyEstimate.of(List.of(cluster(5, "4"), cluster(5, "5"), cluster(5, "3"), cluster(5, "4")));

        assertThat(estimate.leniency()).isCloseTo(0.8, within(1e-9));
        assertThat(estimate.standardError()).isCloseTo(Math.sqrt(8.0 / 3) / 20, within(1e-9));
        assertThat(estimate.interval().lower()).isCloseTo(0.8 - T_3 * Math.sqrt(8.0 / 3) / 20, within(1e-9));
        assertThat(estimate.interval().lower()).isCloseTo(0.5401543472749779, within(1e-9));
        assertThat(estimate.interval().upper()).isCloseTo(1.0598456527250222, within(1e-9));
        assertThat(estimate.interval().confidence()).isEqualTo(0.95);
        assertThat(estimate.flagged(MIN_COMPARISONS, THRESHOLD)).isTrue();
    }

    @Test
    void twoInterviewsAreNeverFlaggedHoweverFarTheirMean() {
        // Every comparison +1 in both interviews: L = 1, SE = 0, the interval [1, 1] — and still only two data points.
        LeniencyEstimate estimate = LeniencyEstimate.of(List.of(cluster(5, "5"), cluster(5, "5")));

        assertThat(estimate.leniency()).isEqualTo(1.0);
        assertThat(estimate.standardError()).isZero();
        assertThat(estimate.flagged(MIN_COMPARISONS, THRESHOLD)).isFalse();
        assertThat(LeniencyEstimate.of(List.of(cluster(5, "5"), cluster(5, "5"), cluster(5, "5"))).flagged(MIN_COMPARISONS, THRESHOLD))
                .isTrue();
    }

    @Test
    void tooFewComparisonsOrASmallLeniencyAreNotFlaggedEither() {
        assertThat(LeniencyEstimate.of(List.of(cluster(3, "3"), cluster(3, "3"), cluster(3, "3"))).flagged(MIN_COMPARISONS, THRESHOLD))
                .as("9 comparisons").isFalse();
        assertThat(LeniencyEstimate.of(List.of(cluster(5, "2"), cluster(5, "2"), cluster(5, "2"))).flagged(MIN_COMPARISONS, THRESHOLD))
                .as("L = 0.4").isFalse();
    }

    @Test
    void oneInterviewHasALeniencyButNoIntervalAndNoneHasNothing() {
        LeniencyEstimate one = LeniencyEstimate.of(List.of(cluster(5, "-2.5"), cluster(0, "0")));
        LeniencyEstimate none = LeniencyEstimate.of(List.of());

        assertThat(one.interviews()).isEqualTo(1);
        assertThat(one.leniency()).isEqualTo(-0.5);
        assertThat(one.standardError()).isNull();
        assertThat(one.interval()).isNull();
        assertThat(none.leniency()).isNull();
        assertThat(none.comparisons()).isZero();
        assertThat(none.flagged(0, 0)).isFalse();
    }

    private static Cluster cluster(int comparisons, String diffSum) {
        return new Cluster(comparisons, new BigDecimal(diffSum));
    }
}
