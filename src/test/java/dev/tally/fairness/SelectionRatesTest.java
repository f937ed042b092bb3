package dev.tally.fairness;

import dev.tally.fairness.SelectionRates.Group;
import dev.tally.fairness.SelectionRates.Line;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The worked examples of docs/statistics.md, "Fairness monitoring", by hand. */
class SelectionRatesTest {

    @Test
    void aGroupAdvancedAtLessThanFourFifthsOfTheHighestRateIsFlaggedWithItsFisherPAndASmallSampleWarning() {
        List<Line> lines = SelectionRates.compare(List.of(new Group("Woman", 8, 2, 3), new Group("Man", 10, 6, 4),
                new Group("Non-binary", 3, 1, 0)));

        Line woman = lines.get(0);
        Line man = lines.get(1);
        assertThat(man.reference()).isTrue();
        assertThat(man.selectionRate()).isCloseTo(0.6, within(1e-9));
        assertThat(man.impactRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(man.fisherP()).isNull();
        assertThat(woman.reference()).isFalse();
        assertThat(woman.selectionRate()).isCloseTo(0.25, within(1e-9));
        assertThat(woman.impactRatio()).isCloseTo(5.0 / 12, within(1e-9));
        assertThat(woman.belowFourFifths()).isTrue();
        // numerators C(8, x)·C(10, 8 − x) no larger than x = 2's 5880: x = 0, 1, 2, 6, 7, 8
        assertThat(woman.fisherP()).isCloseTo((45 + 960 + 5880 + 1260 + 80 + 1) / 43758.0, within(1e-9));
        assertThat(woman.fisherP()).isCloseTo(hypergeometricTwoSided(2, 6, 6, 4), within(1e-9));
        assertThat(woman.smallSample()).isTrue();
        assertThat(man.smallSample()).isTrue();
        assertThat(woman.finalDecisions()).isEqualTo(3);
        assertThat(woman.suggestedDecisions()).isEqualTo(5);
    }

    @Test
    void aGroupOfFewerThanFiveShowsNoNumberAtAllAndTakesNoPart() {
        Line nonBinary = SelectionRates.compare(List.of(new Group("Woman", 8, 2, 3), new Group("Man", 10, 6, 4),
                new Group("Non-binary", 3, 3, 0))).get(2);

        // 3 of 3 would be the highest rate, but a cell of three people is not shown, nor compared against.
        assertThat(nonBinary).isEqualTo(Line.suppressed("Non-binary"));
        assertThat(nonBinary.decided()).isNull();
        assertThat(nonBinary.selectionRate()).isNull();
    }

    @Test
    void largeGroupsWithCloseRatesAreNeitherFlaggedNorWarnedAbout() {
        List<Line> lines = SelectionRates.compare(List.of(new Group("Man", 40, 20, 0), new Group("Woman", 36, 16, 0)));

        Line woman = lines.get(1);
        assertThat(lines.get(0).reference()).isTrue();
        assertThat(woman.selectionRate()).isCloseTo(16.0 / 36, within(1e-9));
        assertThat(woman.impactRatio()).isCloseTo(8.0 / 9, within(1e-9));
        assertThat(woman.belowFourFifths()).isFalse();
        assertThat(woman.smallSample()).isFalse();
        assertThat(woman.fisherP()).isCloseTo(0.6526765209644286, within(1e-9));
        assertThat(woman.fisherP()).isCloseTo(hypergeometricTwoSided(16, 20, 20, 20), within(1e-9));
    }

    @Test
    void whenNoGroupAdvancedAnyoneThereIsNoRatioAndNoFlag() {
        List<Line> lines = SelectionRates.compare(List.of(new Group("A", 6, 0, 0), new Group("B", 7, 0, 0)));

        assertThat(lines).allSatisfy(line -> {
            assertThat(line.impactRatio()).isNull();
            assertThat(line.belowFourFifths()).isFalse();
        });
        assertThat(lines.get(0).reference()).isTrue();
        assertThat(lines.get(1).fisherP()).isCloseTo(1.0, within(1e-9));
    }

    /** Fisher's two-sided p for [[a, b], [c, d]] summed exactly: every table with the margins whose probability is no larger. */
    private static double hypergeometricTwoSided(int a, int b, int c, int d) {
        int row = a + b;
        int other = c + d;
        int column = a + c;
        BigInteger total = choose(row + other, column);
        BigInteger observed = choose(row, a).multiply(choose(other, column - a));
        BigInteger sum = BigInteger.ZERO;
        for (int x = Math.max(0, column - other); x <= Math.min(row, column); x++) {
            BigInteger term = choose(row, x).multiply(choose(other, column - x));
            if (term.compareTo(observed) <= 0) {
                sum = sum.add(term);
            }
        }
        return new java.math.BigDecimal(sum).divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL64).doubleValue();
    }

    private static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
