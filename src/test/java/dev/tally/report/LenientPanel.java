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
 * is 4 − 3 = +1 over 10 comparisons: flagged. Each of the others is 3 − (4 + 3 + 3) / 3 = −1/3: not flagged.
 */
record LenientPanel(Tenant tenant, Opening opening, Member lenny, List<Member> others) {

    static LenientPanel build(Fixtures fixtures, HiringFixtures hiring) {
        Api api = fixtures.api();
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Member lenny = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        List<Member> others = List.of(fixtures.aMember(tenant.admin(), "INTERVIEWER"), fixtures.aMember(tenant.admin(), "INTERVIEWER"),
                fixtures.aMember(tenant.admin(), "INTERVIEWER"));
        List<UUID> panel = new ArrayList<>(List.of(lenny.id()));
        others.forEach(member -> panel.add(member.id()));
        for (String name : List.of("First", "Second")) {
            UUID candidate = hiring.aCandidate(tenant, opening, name);
            UUID interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                    "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-05T09:00:00Z", "panel", panel)).string("id"));
            hiring.submitAComplete(lenny, interview, 4, "STRONG_YES");
            others.forEach(member -> hiring.submitAComplete(member, interview, 3, "YES"));
        }
        return new LenientPanel(tenant, opening, lenny, others);
    }
}
