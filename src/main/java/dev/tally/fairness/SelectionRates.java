package dev.tally.fairness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apache.commons.statistics.inference.FisherExactTest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The four-fifths rule (UGESP, 29 CFR §1607.4(D)) for the groups of one category at one stage, as docs/statistics.md
 * states it: each group's selection rate, its impact ratio against the group with the highest rate, the flag for a ratio
 * under 0.8, and a two-sided Fisher exact test against that group (Apache Commons Statistics). Groups of fewer than 5
 * decided candidates show nothing but that (a small cell identifies people) and take no part; a comparison involving a
 * group under 30 carries a small-sample warning.
 */
final class SelectionRates {

    static final int SHOWN_FROM = 5;
    static final int SMALL_SAMPLE_UNDER = 30;
    static final double FOUR_FIFTHS = 0.8;

    private static final FisherExactTest FISHER = FisherExactTest.withDefaults();

    private SelectionRates() {
    }

    /** The candidates of one group decided at a stage: how many, how many advanced, how many by a final decision. */
    record Group(String option, int decided, int advanced, int finalDecisions) {
    }

    /**
     * One group's line. Suppressed (fewer than 5): every number null. The reference group (highest rate) has ratio 1 and
     * no p-value; with a highest rate of 0 no ratio is defined, and none is flagged.
     */
    @Serdeable
    record Line(String option, boolean suppressed, @Nullable Integer decided, @Nullable Integer advanced,
                @Nullable Integer finalDecisions, @Nullable Integer suggestedDecisions, @Nullable Double selectionRate,
                @Nullable Double impactRatio, boolean reference, boolean belowFourFifths, @Nullable Double fisherP,
                boolean smallSample) {

        static Line suppressed(String option) {
            return new Line(option, true, null, null, null, null, null, null, false, false, null, false);
        }
    }

    /** The lines of the groups, in the order given; the reference is the first group with the highest rate. */
    static List<Line> compare(List<Group> groups) {
        Optional<Group> reference = groups.stream().filter(SelectionRates::shown)
                .max(Comparator.comparingDouble(SelectionRates::rate).thenComparing(group -> -groups.indexOf(group)));
        return groups.stream().map(group -> !shown(group) ? Line.suppressed(group.option()) : line(group, reference.orElseThrow())).toList();
    }

    private static Line line(Group group, Group reference) {
        boolean isReference = group == reference;
        double rate = rate(group);
        Double ratio = rate(reference) == 0 ? null : rate / rate(reference);
        Double p = isReference ? null : FISHER.test(new int[][] {
                {group.advanced(), group.decided() - group.advanced()},
                {reference.advanced(), reference.decided() - reference.advanced()}}).getPValue();
        return new Line(group.option(), false, group.decided(), group.advanced(), group.finalDecisions(),
                group.decided() - group.finalDecisions(), rate, ratio, isReference, ratio != null && ratio < FOUR_FIFTHS, p,
                group.decided() < SMALL_SAMPLE_UNDER || reference.decided() < SMALL_SAMPLE_UNDER);
    }

    private static boolean shown(Group group) {
        return group.decided() >= SHOWN_FROM;
    }

    /** Selection rate: advanced ÷ decided. */
    private static double rate(Group group) {
        return (double) group.advanced() / group.decided();
    }
}
