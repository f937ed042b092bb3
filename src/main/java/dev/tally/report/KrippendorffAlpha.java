package dev.tally.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.DoubleStream;

/**
 * Krippendorff's alpha: how much coders agree beyond what chance would produce.
 * {@code alpha = 1 - D_o / D_e}, where {@code D_o} is the disagreement observed within units and
 * {@code D_e} the disagreement expected if the same values had been paired at random, so 1 means
 * perfect agreement, 0 agreement no better than chance, and negative values systematic disagreement.
 *
 * <p>Follows the general form with any number of coders and missing values in Klaus Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability" (2011), via the coincidence matrix of pairable values.
 */
public final class KrippendorffAlpha {

    public enum Metric { NOMINAL, ORDINAL, INTERVAL, RATIO }

    /**
     * The coefficient with the amount of data behind it.
     *
     * @param alpha          the reliability, or NaN when it is undefined
     * @param pairableUnits  units with at least two values
     * @param pairableValues n, the number of values in those units
     */
    public record Result(double alpha, int pairableUnits, int pairableValues) {}

    private KrippendorffAlpha() {
    }

    /**
     * Computes alpha over units, each a map from coder id to the value that coder gave; coders who
     * gave no value are simply absent (null values are treated the same way).
     *
     * @return alpha, which is NaN when there are fewer than two pairable values or when every
     *         pairable value is the same (no variation, so chance agreement is already perfect)
     */
    public static Result compute(Collection<? extends Map<String, Double>> units, Metric metric) {
        Objects.requireNonNull(metric, "metric");
        // A unit with a single value cannot be compared with anything, so it says nothing about agreement.
        List<double[]> pairable = new ArrayList<>();
        for (Map<String, Double> unit : units) {
            double[] values = unit.values().stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("values must be finite, got " + value);
                }
            }
            if (values.length >= 2) {
                pairable.add(values);
            }
        }
        int n = pairable.stream().mapToInt(values -> values.length).sum();
        if (n < 2) {
            return new Result(Double.NaN, pairable.size(), n);
        }

        double[] categories = pairable.stream().flatMapToDouble(DoubleStream::of).distinct().sorted().toArray();
        double[][] o = coincidences(pairable, categories);
        double[] marginals = Arrays.stream(o).mapToDouble(row -> DoubleStream.of(row).sum()).toArray();

        double observed = 0;
        double expected = 0;
        for (int c = 0; c < categories.length; c++) {
            for (int k = 0; k < categories.length; k++) {
                double delta = deltaSquared(metric, categories, marginals, c, k);
                observed += o[c][k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        observed /= n;
        expected /= (double) n * (n - 1);
        double alpha = expected == 0 ? Double.NaN : 1 - observed / expected;
        return new Result(alpha, pairable.size(), n);
    }

    /**
     * o[c][k]: how often value c was paired with value k by different coders of the same unit. Each
     * unit contributes m_u values in total, hence the 1/(m_u - 1) weight on its m_u(m_u - 1) ordered pairs.
     */
    private static double[][] coincidences(List<double[]> units, double[] categories) {
        double[][] o = new double[categories.length][categories.length];
        for (double[] values : units) {
            double weight = 1.0 / (values.length - 1);
            for (int i = 0; i < values.length; i++) {
                for (int j = 0; j < values.length; j++) {
                    if (i != j) {
                        o[Arrays.binarySearch(categories, values[i])][Arrays.binarySearch(categories, values[j])] += weight;
                    }
                }
            }
        }
        return o;
    }

    /** The squared difference between categories c and k (indices into the sorted distinct values). */
    private static double deltaSquared(Metric metric, double[] categories, double[] marginals, int c, int k) {
        double a = categories[c];
        double b = categories[k];
        return switch (metric) {
            case NOMINAL -> c == k ? 0 : 1;
            case ORDINAL -> {
                // Ordinal distance counts how many values lie between the two ranks, not how far apart the numbers are.
                double between = 0;
                for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                    between += marginals[g];
                }
                double d = between - (marginals[c] + marginals[k]) / 2;
                yield d * d;
            }
            case INTERVAL -> (a - b) * (a - b);
            case RATIO -> {
                // Two zeros are identical; the formula would divide 0 by 0.
                if (a + b == 0) {
                    yield 0;
                }
                double d = (a - b) / (a + b);
                yield d * d;
            }
        };
    }
}
