package dev.tally.report;

import dev.tally.support.Api;
import dev.tally.support.Fixtures;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A panel of four scores two five-item interviews: Lenny gives every item 4, Ann, Bea and Cal give 3. Lenny's leniency
 * is 4 − 3 = +1 over 10 comparisons, but from two interviews only: not flagged. Each of the others is
 * 3 − (4 + 3 + 3) / 3 = −1/3.
 */
record LenientPanel(Tenant tenant, Opening opening, Member lenny, List<Member> others) {

    static LenientPanel build(Fixtures fixtures, HiringFixtures hiring) {
        Api api = fixtures.api();
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Member lenny = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        List<Member> others = List.of(fixtures.aMember(tenant.admin(), "INTERVIEWER"), fixtures.aMember(tenant.admin(), "INTERVIEWER"),
                fixtures.aMember(tenant.admin(), "INTERVIEWER"));
        LenientPanel built = new LenientPanel(tenant, opening, lenny, others);
        for (String name : List.of("First", "Second")) {
            built.anInterview(api, hiring, opening, name, "2026-12-05T09:00:00Z", 3);
        }
        return built;
    }

    /** An interview of a new candidate of {@code opening}, the whole panel submitting: Lenny 4s, the others {@code othersScore}. */
    UUID anInterview(Api api, HiringFixtures hiring, Opening in, String candidateName, String scheduledAt, int othersScore) {
        List<UUID> panel = new ArrayList<>(List.of(lenny.id()));
        others.forEach(member -> panel.add(member.id()));
        UUID candidate = hiring.aCandidate(tenant, in, candidateName);
        UUID interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of(
                "candidateId", candidate, "stageId", in.onsiteStageId(), "scheduledAt", scheduledAt, "panel", panel)).string("id"));
        hiring.submitAComplete(lenny, interview, 4, "STRONG_YES");
        others.forEach(member -> hiring.submitAComplete(member, interview, othersScore, "YES"));
        return interview;
    }
}
