package dev.tally.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.report.ItemStats.anItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The composite formulas on hand-computed numbers, including the clamping of leniency-adjusted scores. */
class CompositeTest {

    private static final UUID LENIENT = UUID.randomUUID();
    private static final UUID SEVERE = UUID.randomUUID();
    private static final UUID UNCOUNTED = UUID.randomUUID();

    @Test
    void adjustedScoresAreClampedToTheScale() {
        ReportRows.ItemStat item = anItem(1, "ORM", 1, List.of(LENIENT, SEVERE, UNCOUNTED), List.of(1, 4, 2));

        // 1 − 0.5 → 1 (clamped from 0.5); 4 + 0.75 → 4 (clamped from 4.75); 2 − 0 = 2 (too few comparisons to count)
        assertThat(item.adjustedMean(Map.of(LENIENT, 0.5, SEVERE, -0.75))).isCloseTo(7.0 / 3, within(1e-12));
        assertThat(item.mean()).isCloseTo(7.0 / 3, within(1e-12));
    }

    @Test
    void theCompositeWeightsItemsAndSkipsUnscoredOnes() {
        List<ReportRows.ItemStat> items = List.of(
                anItem(1, "ORM", 2, List.of(LENIENT, SEVERE), List.of(4, 3)),
                anItem(2, "SECURITY", 1, List.of(LENIENT), List.of(2)),
                anItem(3, "TESTING", 5, List.of(), List.of()));

        assertThat(Composite.overall(items)).isCloseTo((2 * 3.5 + 2) / 3, within(1e-12));
        assertThat(Composite.percent(Composite.overall(items))).isCloseTo(((2 * 3.5 + 2) / 3 - 1) / 3 * 100, within(1e-12));
        // LENIENT's 4 becomes 3 and 2 becomes 1; SEVERE's 3 becomes 3.5: ORM (3 + 3.5) / 2 = 3.25, SECURITY 1
        assertThat(Composite.adjusted(items, Map.of(LENIENT, 1.0, SEVERE, -0.5))).isCloseTo((2 * 3.25 + 1) / 3, within(1e-12));
        assertThat(Composite.byCompetency(items)).containsOnlyKeys("ORM", "SECURITY");
        assertThat(Composite.overall(List.of(items.get(2)))).isNull();
    }
}
