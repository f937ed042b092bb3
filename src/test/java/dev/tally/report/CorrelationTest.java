package dev.tally.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The worked examples of docs/statistics.md, "Question analytics", to 1e-9. */
class CorrelationTest {

    /** Item–rest pairs (1, 2), (2, 2), (3, 4), (4, 3). */
    @Test
    void pearsonsRFromTheSums() {
        Correlation.Sums sums = new Correlation.Sums(4, 10, 11, 30, 33, 30, 0);

        Correlation correlation = Correlation.of(sums, 4);

        // (4·30 − 10·11) / sqrt((4·30 − 100)·(4·33 − 121)) = 10 / sqrt(220)
        assertThat(correlation.r()).isCloseTo(0.6741998624632421, within(1e-9));
        assertThat(correlation.units()).isEqualTo(4);
        assertThat(correlation.status()).isEqualTo("ok");
        assertThat(Correlation.of(sums, 5).status()).isEqualTo("insufficient data");
        assertThat(Correlation.of(sums, 5).r()).isNull();
    }

    /**
     * Interview means 2, 3, 3.5, 1.5, 2.5, 4 of candidates rejected, hired, hired, rejected, rejected, hired: the
     * textbook point-biserial (M_1 − M_0) / s_n · sqrt(p·q) = (3.5 − 2) / 0.853913 · 0.5 gives the same.
     */
    @Test
    void thePointBiserialIsPearsonsROnAZeroOneOutcome() {
        Correlation.Sums sums = new Correlation.Sums(6, 16.5, 3, 49.75, 3, 10.5, 3);
        double textbook = (3.5 - 2) / Math.sqrt(49.75 / 6 - 2.75 * 2.75) * 0.5;

        Correlation agreement = Correlation.pointBiserial(sums, 6, 3);

        assertThat(agreement.r()).isCloseTo(0.8783100656536799, within(1e-9)).isCloseTo(textbook, within(1e-12));
        assertThat(Correlation.pointBiserial(sums, 6, 4).status()).as("only 3 of each").isEqualTo("insufficient data");
    }

    @Test
    void noVariationIsInsufficientData() {
        Correlation constant = Correlation.of(new Correlation.Sums(3, 6, 5, 12, 9, 10, 0), 2);

        assertThat(constant.status()).isEqualTo("insufficient data");
        assertThat(Correlation.of(null, 0).status()).isEqualTo("insufficient data");
    }
}
