package dev.tally.report;

import dev.tally.report.KrippendorffAlpha.Metric;
import dev.tally.report.KrippendorffAlpha.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
