package dev.tally.report;

import dev.tally.report.KrippendorffAlpha.Metric;
import dev.tally.report.KrippendorffAlpha.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KrippendorffAlphaTest {

    /** The reliability data matrix from "Computing Krippendorff's Alpha-Reliability"; null is a missing value. */
    private static final Double[][] PAPER_EXAMPLE = {
            {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, null, null, null},
            {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, null, 3d},
            {null, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, null},
            {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, null},
    };

    @Test
    void reproducesThePapersWorkedExample() {
        List<Map<String, Double>> units = units(PAPER_EXAMPLE);

        assertThat(KrippendorffAlpha.compute(units, Metric.NOMINAL).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.compute(units, Metric.ORDINAL).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.compute(units, Metric.INTERVAL).alpha()).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.compute(units, Metric.RATIO).alpha()).isCloseTo(0.797, within(0.0005));
        Result result = KrippendorffAlpha.compute(units, Metric.NOMINAL);
        assertThat(result.pairableUnits()).isEqualTo(11);
        assertThat(result.pairableValues()).isEqualTo(40);
    }

    @Test
    void agreesWithThePairwiseDisagreementFormOnRandomPanels() {
        Random random = new Random(20110425L);
        for (int set = 0; set < 50; set++) {
            int coders = 2 + random.nextInt(5);
            int unitCount = 5 + random.nextInt(36);
            Double[][] data = new Double[coders][unitCount];
            for (int coder = 0; coder < coders; coder++) {
                for (int unit = 0; unit < unitCount; unit++) {
                    data[coder][unit] = random.nextDouble() < 0.2 ? null : (double) (1 + random.nextInt(4));
                }
            }
            List<Map<String, Double>> units = units(data);

            for (Metric metric : List.of(Metric.INTERVAL, Metric.NOMINAL)) {
                DoubleBinaryOperator delta = metric == Metric.INTERVAL
                        ? (a, b) -> (a - b) * (a - b)
                        : (a, b) -> a == b ? 0 : 1;
                double expected = pairwiseAlpha(units, delta);
                double actual = KrippendorffAlpha.compute(units, metric).alpha();
                if (Double.isNaN(expected)) {
                    assertThat(actual).as("data set %d, %s", set, metric).isNaN();
                } else {
                    assertThat(actual).as("data set %d, %s", set, metric).isCloseTo(expected, within(1e-9));
                }
            }
        }
    }

    @Test
    void perfectAgreementIsOne() {
        List<Map<String, Double>> units = List.of(
                Map.of("a", 1d, "b", 1d),
                Map.of("a", 2d, "b", 2d, "c", 2d),
                Map.of("b", 3d, "c", 3d));

        for (Metric metric : Metric.values()) {
            assertThat(KrippendorffAlpha.compute(units, metric).alpha()).as(metric.name()).isEqualTo(1.0);
        }
    }

    @Test
    void aUnitWithASingleValueIsNotPairable() {
        List<Map<String, Double>> pairs = List.of(
                Map.of("a", 1d, "b", 1d),
                Map.of("a", 2d, "b", 3d),
                Map.of("a", 3d, "b", 3d));
        List<Map<String, Double>> withLoneValue = new ArrayList<>(pairs);
        withLoneValue.add(Map.of("c", 4d));

        Result without = KrippendorffAlpha.compute(pairs, Metric.INTERVAL);
        Result with = KrippendorffAlpha.compute(withLoneValue, Metric.INTERVAL);

        assertThat(with.pairableUnits()).isEqualTo(3);
        assertThat(with.pairableValues()).isEqualTo(6);
        assertThat(with.alpha()).isEqualTo(without.alpha());
    }

    @Test
    void noVariationAtAllIsUndefined() {
        List<Map<String, Double>> units = List.of(
                Map.of("a", 2d, "b", 2d),
                Map.of("a", 2d, "b", 2d, "c", 2d));

        for (Metric metric : Metric.values()) {
            Result result = KrippendorffAlpha.compute(units, metric);
            assertThat(result.alpha()).as(metric.name()).isNaN();
            assertThat(result.pairableValues()).isEqualTo(5);
        }
    }

    @Test
    void fewerThanTwoPairableValuesIsUndefined() {
        Result result = KrippendorffAlpha.compute(List.of(Map.of("a", 1d), Map.of("b", 2d)), Metric.NOMINAL);

        assertThat(result.alpha()).isNaN();
        assertThat(result.pairableUnits()).isZero();
        assertThat(result.pairableValues()).isZero();
    }

    /**
     * docs/statistics.md: units (1, 1), (1, 2), (2, 2). n = 6, n_1 = n_2 = 3, D_e = 2·3·3·1 / 30 = 0.6, D_o = 2/6, alpha = 4/9.
     * The pairs {1,1}, {1,2}, {2,2} each have probability 2/6 and M = 3, so alpha* = 1 − x/1.8 with x ~ Binomial(3, 1/3)
     * draws of {1,2}: 1 (x = 0, 8/27), 4/9, −1/9, −2/3 (x = 3, 1/27 = 3.7 %). The 2.5th percentile is −2/3, the 97.5th 1.
     */
    @Test
    void theBootstrapIntervalOfTheWorkedExampleIsItsExtremeResamples() {
        List<Map<String, Double>> units = List.of(Map.of("a", 1d, "b", 1d), Map.of("a", 1d, "b", 2d), Map.of("a", 2d, "b", 2d));

        Map<Metric, KrippendorffAlpha.Interval> intervals = KrippendorffAlpha.bootstrap(units, Set.of(Metric.INTERVAL, Metric.ORDINAL),
                2000, 2007);

        assertThat(KrippendorffAlpha.compute(units, Metric.INTERVAL).alpha()).isCloseTo(4.0 / 9, within(1e-9));
        for (Metric metric : List.of(Metric.INTERVAL, Metric.ORDINAL)) {
            KrippendorffAlpha.Interval interval = intervals.get(metric);
            assertThat(interval.lower()).as(metric.name()).isCloseTo(-2.0 / 3, within(1e-9));
            assertThat(interval.upper()).as(metric.name()).isCloseTo(1.0, within(1e-9));
            assertThat(interval.pairs()).isEqualTo(3);
            assertThat(interval.resamples()).isEqualTo(2000);
            assertThat(interval.confidence()).isEqualTo(0.95);
        }
        assertThat(KrippendorffAlpha.Reading.of(4.0 / 9)).isEqualTo(KrippendorffAlpha.Reading.UNRELIABLE);
    }

    @Test
    void perfectAgreementResamplesToOneAndNoVariationHasNoInterval() {
        List<Map<String, Double>> agreeing = List.of(Map.of("a", 1d, "b", 1d), Map.of("a", 2d, "b", 2d, "c", 2d), Map.of("b", 3d, "c", 3d));
        List<Map<String, Double>> constant = List.of(Map.of("a", 2d, "b", 2d), Map.of("a", 2d, "b", 2d, "c", 2d));

        KrippendorffAlpha.Interval interval = KrippendorffAlpha.bootstrap(agreeing, Set.of(Metric.INTERVAL), 2000, 1).get(Metric.INTERVAL);

        assertThat(interval.lower()).isEqualTo(1.0);
        assertThat(interval.upper()).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.bootstrap(constant, Set.of(Metric.INTERVAL), 2000, 1)).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        List<Map<String, Double>> units = units(PAPER_EXAMPLE);

        assertThat(KrippendorffAlpha.bootstrap(units, Set.of(Metric.ORDINAL), 2000, 42))
                .isEqualTo(KrippendorffAlpha.bootstrap(units, Set.of(Metric.ORDINAL), 2000, 42));
    }

    /**
     * The multinomial shortcut against the procedure as the macro runs it: M single draws from every pair of values within
     * a unit, each with probability 2/((m_u − 1)·n), built without the coincidence matrix. The intervals agree within the
     * resampling noise, and both contain alpha.
     */
    @Test
    void drawingPairCountsAtOnceMatchesDrawingEachPair() {
        List<Map<String, Double>> units = units(PAPER_EXAMPLE);
        double alpha = KrippendorffAlpha.compute(units, Metric.INTERVAL).alpha();

        KrippendorffAlpha.Interval shortcut = KrippendorffAlpha.bootstrap(units, Set.of(Metric.INTERVAL), 10_000, 7).get(Metric.INTERVAL);
        double[] singleDraws = singleDrawBootstrap(units, (a, b) -> (a - b) * (a - b), 10_000, new Random(11));

        assertThat(shortcut.pairs()).isEqualTo(55);
        assertThat(shortcut.lower()).isCloseTo(singleDraws[0], within(0.03)).isLessThan(alpha);
        assertThat(shortcut.upper()).isCloseTo(singleDraws[1], within(0.03)).isGreaterThan(alpha);
    }

    @Test
    void theReadingFollowsTheLiteraturesThresholds() {
        assertThat(KrippendorffAlpha.Reading.of(0.800)).isEqualTo(KrippendorffAlpha.Reading.RELIABLE);
        assertThat(KrippendorffAlpha.Reading.of(0.7999)).isEqualTo(KrippendorffAlpha.Reading.TENTATIVE);
        assertThat(KrippendorffAlpha.Reading.of(0.667)).isEqualTo(KrippendorffAlpha.Reading.TENTATIVE);
        assertThat(KrippendorffAlpha.Reading.of(0.6669)).isEqualTo(KrippendorffAlpha.Reading.UNRELIABLE);
    }

    private static double[] singleDrawBootstrap(List<Map<String, Double>> units, DoubleBinaryOperator delta, int resamples, Random random) {
        List<double[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (Map<String, Double> unit : units) {
            List<Double> values = new ArrayList<>(unit.values());
            if (values.size() < 2) {
                continue;
            }
            all.addAll(values);
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    pairs.add(new double[] {values.get(i), values.get(j)});
                    weights.add(2.0 / (values.size() - 1));
                }
            }
        }
        int n = all.size();
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                expected += i == j ? 0 : delta.applyAsDouble(all.get(i), all.get(j));
            }
        }
        expected /= (double) n * (n - 1);
        double[] cumulative = new double[pairs.size()];
        double sum = 0;
        for (int p = 0; p < pairs.size(); p++) {
            sum += weights.get(p) / n;
            cumulative[p] = sum;
        }
        int draws = pairs.size();
        double[] alphas = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double drawn = 0;
            for (int d = 0; d < draws; d++) {
                int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                double[] pair = pairs.get(index >= 0 ? index : -index - 1);
                drawn += delta.applyAsDouble(pair[0], pair[1]);
            }
            alphas[r] = Math.max(-1, 1 - drawn / (draws * expected));
        }
        java.util.Arrays.sort(alphas);
        return new double[] {alphas[(int) (0.025 * resamples) - 1], alphas[(int) (0.975 * resamples)]};
    }

    /**
     * Alpha computed straight from pairs of values, with no coincidence matrix: observed disagreement
     * within units (each unit's ordered pairs weighted by 1/(m_u - 1)) over disagreement among all
     * ordered pairs of pairable values.
     */
    private static double pairwiseAlpha(List<Map<String, Double>> units, DoubleBinaryOperator delta) {
        List<List<Double>> pairable = new ArrayList<>();
        for (Map<String, Double> unit : units) {
            if (unit.size() >= 2) {
                pairable.add(new ArrayList<>(unit.values()));
            }
        }
        List<Double> all = pairable.stream().flatMap(List::stream).toList();
        int n = all.size();
        if (n < 2) {
            return Double.NaN;
        }

        double observed = 0;
        for (List<Double> values : pairable) {
            double sum = 0;
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    if (i != j) {
                        sum += delta.applyAsDouble(values.get(i), values.get(j));
                    }
                }
            }
            observed += sum / (values.size() - 1);
        }
        observed /= n;

        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    expected += delta.applyAsDouble(all.get(i), all.get(j));
                }
            }
        }
        expected /= (double) n * (n - 1);
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /** Turns a coders × units matrix into one coder → value map per unit, leaving missing values out. */
    private static List<Map<String, Double>> units(Double[][] byCoder) {
        List<Map<String, Double>> units = new ArrayList<>();
        for (int unit = 0; unit < byCoder[0].length; unit++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int coder = 0; coder < byCoder.length; coder++) {
                if (byCoder[coder][unit] != null) {
                    values.put("coder" + coder, byCoder[coder][unit]);
                }
            }
            units.add(values);
        }
        return units;
    }
}
