package dev.tally.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.report.ItemStats.anItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

/** The worked example of docs/statistics.md, "An interval on every composite", to 1e-9. */
class CompositeBandTest {

    // A (weight 2) scored 3, 4; B scored 2, 2, 3; C scored 1, 2, 4; D scored 4 once.
    private static final List<ReportRows.ItemStat> WORKED_EXAMPLE = List.of(
            anItem(1, "ORM", 2, 3, 4),
            anItem(2, "ORM", 1, 2, 2, 3),
            anItem(3, "TESTING", 1, 1, 2, 4),
            anItem(4, "TESTING", 1, 4));

    @Test
    void theBandPoolsTheWithinItemVarianceOverItemsScoredTwiceOrMore() {
        CompositeBand band = CompositeBand.of(WORKED_EXAMPLE);

        // squares about the item means: 0.5 + 2/3 + 14/3 = 35/6 over 1 + 2 + 2 = 5 degrees of freedom: s_p² = 7/6
        // Σ w²/n = 4/2 + 1/3 + 1/3 + 1/1 = 11/3; SE = sqrt(11/3 · 7/6) / 5; W = 47/15
        double standardError = Math.sqrt(11.0 / 3 * 7.0 / 6) / 5;
        assertThat(band.status()).isEqualTo(CompositeBand.Status.ESTIMATED);
        assertThat(band.degreesOfFreedom()).isEqualTo(5);
        assertThat(band.standardError()).isCloseTo(0.4136557881996953, within(1e-9)).isCloseTo(standardError, within(1e-12));
        assertThat(band.lower()).isCloseTo(2.4528695617448344, within(1e-9));
        assertThat(band.upper()).isCloseTo(3.813797104921832, within(1e-9));
        assertThat(band.level()).isEqualTo(0.90);
    }

    @Test
    void fewerThanFiveDegreesOfFreedomAreTooFewRatings() {
        CompositeBand band = CompositeBand.of(List.of(anItem(1, "ORM", 2, 3, 4), anItem(2, "ORM", 1, 2, 2, 3),
                anItem(3, "TESTING", 1, 1, 4)));

        assertThat(band.status()).isEqualTo(CompositeBand.Status.TOO_FEW_RATINGS);
        assertThat(band.degreesOfFreedom()).isEqualTo(4);
        assertThat(band.lower()).isNull();
        assertThat(band.contains(3.0)).isFalse();
    }

    @Test
    void aMinimumInsideTheBandIsBorderlineAndOneOutsideIsNot() {
        CompositeBand band = CompositeBand.of(WORKED_EXAMPLE);

        assertThat(band.contains(2.5)).isTrue();
        assertThat(band.contains(2.4)).isFalse();
    }

    @Test
    void theDecisionStandsAndABorderlineReasonIsAddedBesideIt() {
        InterviewScores scores = InterviewScores.of(WORKED_EXAMPLE, 4);

        // W = 47/15 ≈ 3.13 passes the minimum of 2.50, which lies inside the band 2.45–3.81; ORM's W_c = (7 + 7/3)/3 ≈ 3.11
        // passes its minimum of 2.00, which lies outside ORM's band
        DecisionRules.Outcome outcome = DecisionRules.decide(aCompletePanelsInterview(new BigDecimal("2.50"),
                Map.of("ORM", new BigDecimal("2.00"))), scores, List.of(), List.of());

        assertThat(outcome.decision()).isEqualTo(Decision.ADVANCE);
        assertThat(outcome.reasons()).extracting(Reason::rule).containsExactly("ALL_RULES_MET", DecisionRules.BORDERLINE);
        assertThat(outcome.reasons().get(1).threshold()).isEqualTo(2.5);
        assertThat(outcome.reasons().get(1).competency()).isNull();
    }

    @Test
    void aCompetencyMinimumInsideItsBandIsBorderlineToo() {
        // TESTING: C (1, 2, 4) and D (4), W_c = (7/3 + 4) / 2 = 19/6, but only 2 degrees of freedom: too few ratings;
        // ORM: A (3, 4) and B (2, 2, 3), W_c = (7 + 7/3) / 3 = 28/9, 3 degrees of freedom: too few as well
        InterviewScores scores = InterviewScores.of(WORKED_EXAMPLE, 4);
        assertThat(scores.competencyBands().get("ORM").status()).isEqualTo(CompositeBand.Status.TOO_FEW_RATINGS);

        // with B and C rated by a fourth and fifth interviewer ORM has 1 + 4 = 5: W_c = (7 + 2.4) / 3, s_p² = (0.5 + 1.2) / 5
        List<ReportRows.ItemStat> moreRatings = List.of(anItem(1, "ORM", 2, 3, 4), anItem(2, "ORM", 1, 2, 2, 3, 2, 3));
        CompositeBand orm = InterviewScores.of(moreRatings, 4).competencyBands().get("ORM");
        double standardError = Math.sqrt((4.0 / 2 + 1.0 / 5) * (1.7 / 5)) / 3;
        assertThat(orm.standardError()).isCloseTo(standardError, within(1e-9));
        assertThat(orm.lower()).isCloseTo(9.4 / 3 - 1.645 * standardError, within(1e-9));

        DecisionRules.Outcome outcome = DecisionRules.decide(aCompletePanelsInterview(null, Map.of("ORM", new BigDecimal("3.00"))),
                InterviewScores.of(moreRatings, 4), List.of(), List.of());
        assertThat(outcome.decision()).isEqualTo(Decision.ADVANCE);
        assertThat(outcome.reasons()).extracting(Reason::rule, Reason::competency)
                .containsExactly(tuple("ALL_RULES_MET", null),
                        tuple(DecisionRules.BORDERLINE, "ORM"));
    }

    private static ReportRows.InterviewFacts aCompletePanelsInterview(BigDecimal minOverall, Map<String, BigDecimal> minimums) {
        return new ReportRows.InterviewFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Onsite", Instant.EPOCH,
                UUID.randomUUID(), 1, "Backend screen", minOverall, 4, 3, 3, 0, Map.of("YES", 3), minimums);
    }
}
