package dev.tally.hiring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which status each final decision leaves, and when it follows the report's suggestion. */
class HiringDecisionTest {

    @Test
    void holdKeepsTheCandidateActiveWhileHireAndNoHireSettleThem() {
        assertThat(HiringDecision.HOLD.status()).isEqualTo(CandidateStatus.ACTIVE);
        assertThat(HiringDecision.HIRE.status()).isEqualTo(CandidateStatus.HIRED);
        assertThat(HiringDecision.NO_HIRE.status()).isEqualTo(CandidateStatus.REJECTED);
    }

    @Test
    void aDecisionFollowsTheSuggestionPointingItsWayAndDepartsFromEveryOther() {
        assertThat(HiringDecision.HIRE.follows("ADVANCE")).isTrue();
        assertThat(HiringDecision.HIRE.follows("DISCUSS")).isFalse();
        assertThat(HiringDecision.HIRE.follows("REJECT")).isFalse();
        assertThat(HiringDecision.NO_HIRE.follows("REJECT")).isTrue();
        assertThat(HiringDecision.NO_HIRE.follows("INCOMPLETE")).isFalse();
        assertThat(HiringDecision.HOLD.follows("DISCUSS")).isTrue();
        assertThat(HiringDecision.HOLD.follows("INCOMPLETE")).isTrue();
        assertThat(HiringDecision.HOLD.follows("ADVANCE")).isFalse();
    }
}
