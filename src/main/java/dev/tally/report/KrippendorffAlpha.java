package dev.tally.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
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

    /** The macro's cap on the pairs a resample draws: 25 per occupied cell of the coincidence matrix. */
    static final int PAIRS_PER_CELL = 25;

    /**
     * The coefficient with the amount of data behind it.
     *
     * @param alpha          the reliability, or NaN when it is undefined
     * @param pairableUnits  units with at least two values
     * @param pairableValues n, the number of values in those units
     */
    public record Result(double alpha, int pairableUnits, int pairableValues) {}

    /**
     * A bootstrap interval of alpha: the 2.5th and 97.5th percentiles of the resampled alphas.
     *
     * @param pairs M, the number of pairs of values each resample draws
     */
    @Serdeable
    public record Interval(double lower, double upper, double confidence, int resamples, long pairs) {}

    /** The reading the literature gives alpha (Krippendorff 2004, §11.4): rely on ≥ 0.800, tentative conclusions from 0.667. */
    public enum Reading {
        RELIABLE, TENTATIVE, UNRELIABLE;

        public static Reading of(double alpha) {
            return alpha >= 0.800 ? RELIABLE : alpha >= 0.667 ? TENTATIVE : UNRELIABLE;
        }
    }

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
        List<double[]> pairable = pairable(units);
        int n = pairable.stream().mapToInt(values -> values.length).sum();
        if (n < 2) {
            return new Result(Double.NaN, pairable.size(), n);
        }

        double[] categories = pairable.stream().flatMapToDouble(DoubleStream::of).distinct().sorted().toArray();
        double[][] o = coincidences(pairable, categories);
        double[] marginals = Arrays.stream(o).mapToDouble(row -> DoubleStream.of(row).sum()).toArray();

        double observed = 0;
        for (int c = 0; c < categories.length; c++) {
            for (int k = 0; k < categories.length; k++) {
                observed += o[c][k] * deltaSquared(metric, categories, marginals, c, k);
            }
        }
        observed /= n;
        double expected = expectedDisagreement(metric, categories, marginals, n);
        double alpha = expected == 0 ? Double.NaN : 1 - observed / expected;
        return new Result(alpha, pairable.size(), n);
    }

    /**
     * Hayes &amp; Krippendorff's (2007) bootstrap, as their KALPHA macro runs it: the expected disagreement D_e and the
     * coincidences o_ck stay those of the data; each resample draws, with replacement, M pairs of values, the pair
     * {c, k} with probability 2·o_ck/n (o_cc/n when c = k), and gives alpha* = 1 − Σ δ²(drawn pair) / (M·D_e), at least
     * −1. M is the number of pairs in the data, Σ m_u(m_u − 1)/2, capped as in the macro at 25 per occupied cell of the
     * coincidence matrix: past a few hundred pairs the interval stays as wide as a few hundred pairs make it, which errs
     * on the side of caution. One draw serves every metric.
     *
     * @return per metric, the interval; none for a metric whose alpha is undefined
     */
    public static Map<Metric, Interval> bootstrap(Collection<? extends Map<String, Double>> units, Set<Metric> metrics,
                                                  int resamples, long seed) {
        List<double[]> pairable = pairable(units);
        int n = pairable.stream().mapToInt(values -> values.length).sum();
        Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
        if (n < 2 || resamples < 1) {
            return intervals;
        }
        double[] categories = pairable.stream().flatMapToDouble(DoubleStream::of).distinct().sorted().toArray();
        double[][] o = coincidences(pairable, categories);
        double[] marginals = Arrays.stream(o).mapToDouble(row -> DoubleStream.of(row).sum()).toArray();
        long occupied = Arrays.stream(o).flatMapToDouble(DoubleStream::of).filter(count -> count > 0).count();
        long pairs = Math.min(PAIRS_PER_CELL * occupied,
                pairable.stream().mapToLong(values -> (long) values.length * (values.length - 1) / 2).sum());
        // the pairs of values {c, k}, c ≤ k, that occur in the data, and their probabilities
        List<int[]> occurring = new ArrayList<>();
        for (int c = 0; c < categories.length; c++) {
            for (int k = c; k < categories.length; k++) {
                if (o[c][k] > 0) {
                    occurring.add(new int[] {c, k});
                }
            }
        }
        int[][] cell = occurring.toArray(int[][]::new);
        int cells = cell.length;
        double[] probability = Arrays.stream(cell).mapToDouble(ck -> (ck[0] == ck[1] ? o[ck[0]][ck[0]] : 2 * o[ck[0]][ck[1]]) / n).toArray();
        List<Metric> defined = new ArrayList<>();
        Map<Metric, double[]> deltas = new EnumMap<>(Metric.class);
        Map<Metric, Double> expected = new EnumMap<>(Metric.class);
        for (Metric metric : metrics) {
            double disagreement = expectedDisagreement(metric, categories, marginals, n);
            if (disagreement > 0) {
                defined.add(metric);
                expected.put(metric, disagreement);
                deltas.put(metric, Arrays.stream(cell).mapToDouble(ck -> deltaSquared(metric, categories, marginals, ck[0], ck[1])).toArray());
            }
        }
        Map<Metric, double[]> alphas = new EnumMap<>(Metric.class);
        defined.forEach(metric -> alphas.put(metric, new double[resamples]));
        SplittableRandom random = new SplittableRandom(seed);
        long[] counts = new long[cells];
        double[] cumulative = new double[cells];
        double sum = 0;
        for (int j = 0; j < cells; j++) {
            sum += probability[j];
            cumulative[j] = sum;
        }
        for (int r = 0; r < resamples; r++) {
            draw(pairs, cumulative, random, counts);
            for (Metric metric : defined) {
                double[] delta = deltas.get(metric);
                double drawn = 0;
                for (int j = 0; j < cells; j++) {
                    drawn += counts[j] * delta[j];
                }
                alphas.get(metric)[r] = Math.max(-1, 1 - drawn / (pairs * expected.get(metric)));
            }
        }
        for (Metric metric : defined) {
            double[] sorted = alphas.get(metric);
            Arrays.sort(sorted);
            // the macro's percentiles: the trunc(0.025·R)-th and (trunc(0.975·R) + 1)-th of R sorted values, counted from 1
            int lower = Math.max(0, (int) (0.025 * resamples) - 1);
            int upper = Math.min(resamples - 1, (int) (0.975 * resamples));
            intervals.put(metric, new Interval(sorted[lower], sorted[upper], 0.95, resamples, pairs));
        }
        return intervals;
    }

    /** Counts of {@code trials} draws over the cells, by their cumulative probabilities. */
    private static void draw(long trials, double[] cumulative, SplittableRandom random, long[] counts) {
        Arrays.fill(counts, 0);
        double total = cumulative[cumulative.length - 1];
        for (long d = 0; d < trials; d++) {
            double u = random.nextDouble() * total;
            int j = 0;
            while (j < cumulative.length - 1 && u >= cumulative[j]) {
                j++;
            }
            counts[j]++;
        }
    }

    /** D_e = Σ_c Σ_k n_c·n_k·δ²_ck / (n·(n − 1)). */
    private static double expectedDisagreement(Metric metric, double[] categories, double[] marginals, int n) {
        double expected = 0;
        for (int c = 0; c < categories.length; c++) {
            for (int k = 0; k < categories.length; k++) {
                expected += marginals[c] * marginals[k] * deltaSquared(metric, categories, marginals, c, k);
            }
        }
        return expected / ((double) n * (n - 1));
    }

    /** The units with at least two values, as arrays of their values. */
    private static List<double[]> pairable(Collection<? extends Map<String, Double>> units) {
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
        return pairable;
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
