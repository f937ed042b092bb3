package dev.tally.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How many reports run at once when TALLY_REPORT_CONCURRENCY is left at 0. */
class ReportCapacityDefaultTest {

    @Test
    void halfTheCoresAtLeastOne() {
        assertThat(ReportCapacity.defaultConcurrency(1, 10, 4)).isEqualTo(1);
        assertThat(ReportCapacity.defaultConcurrency(2, 10, 4)).isEqualTo(1);
        assertThat(ReportCapacity.defaultConcurrency(6, 10, 4)).isEqualTo(3);
    }

    @Test
    void neverMoreThanTheReplicaPoolHoldsNorSoManyThatScoringHasFewerThanTwoConnections() {
        assertThat(ReportCapacity.defaultConcurrency(20, 10, 4)).as("the replica pool's 4").isEqualTo(4);
        assertThat(ReportCapacity.defaultConcurrency(20, 5, 8)).as("5 connections leave 3 for reports").isEqualTo(3);
        assertThat(ReportCapacity.defaultConcurrency(8, 2, 4)).as("a tiny pool still runs one").isEqualTo(1);
    }
}
