package dev.tally.report;

import dev.tally.support.Api;
import dev.tally.support.Fixtures;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Scoring;
import dev.tally.support.Tenant;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.support.HiringFixtures.ORM_IGNORANCE;
import static dev.tally.support.HiringFixtures.SECURITY_NEGLIGENCE;
import static dev.tally.support.HiringFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-computed organisation, built through the API in a fresh organisation of its own. Kit K1 (screen): 1 = Q2 ORM
 * weight 2, 2 = Q10 SECURITY weight 1, 3 = Q13 TESTING weight 1 (optional); minOverall 2, minimum SECURITY 2, spread 2;
 * security negligence is a knockout. Kit K2 (onsite): 1 = Q7 ORM weight 1.5, 2 = Q18 ORM weight 1, 3 = Q11 SECURITY
 * weight 1; minOverall 2.5, spread 2.
 * <ul>
 * <li>Xavier, screen by P1 (3, 2, not assessed; YES) and P2 (4, 3, 2; STRONG_YES; raises ORM ignorance):
 * Q2 mean 3.5, Q10 2.5, Q13 2; W = (2·3.5 + 2.5 + 2) / 4 = 2.875: ADVANCE. Onsite by P1 (4, 3, 3; YES) and P3 (2, 3, 1; NO),
 * then P3 amends Q11 to 2: Q7 mean 3 with spread 2, Q18 3, Q11 2.5 (originally 2); W = (4.5 + 3 + 2.5) / 3.5 = 2.857: DISCUSS.
 * Candidate: Σ w·mean = 7 + 2.5 + 2 + 4.5 + 3 + 2.5 = 21.5 over Σ w = 7.5, W = 2.8667 (62.22 %); originally 21 / 7.5 = 2.8.
 * W_ORM = (7 + 4.5 + 3) / 4.5 = 3.2222, W_SECURITY = 2.5, W_TESTING = 2 (single rater). Suggested: DISCUSS.</li>
 * <li>Yvonne, screen: P1 raises the knockout (1, 1, not assessed; DEFINITELY_NO), P2 never submits; onsite by P3 not
 * submitted. W = (2 + 1) / 3 = 1.0: REJECT (knockout outranks the incomplete panel).</li>
 * <li>Victor, screen by P2 alone (2, 1, 2; NO): W = (4 + 1 + 2) / 4 = 1.75 below 2, W_SECURITY 1 below 2: REJECT.</li>
 * <li>Zoe, no interviews: INCOMPLETE, no score.</li>
 * </ul>
 */
final class HandComputedHiring {

    final Tenant tenant;
    final Member p1;
    final Member p2;
    final Member p3;
    final UUID opening;
    final UUID screen;
    final UUID onsite;
    final UUID xavier;
    final UUID yvonne;
    final UUID victor;
    final UUID zoe;

    private final Api api;

    HandComputedHiring(Fixtures fixtures, HiringFixtures hiring) {
        api = fixtures.api();
        tenant = fixtures.anOrganisation();
        p1 = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        p2 = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        p3 = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        UUID k1 = publishedKit(List.of(item(2, 2, true), item(10, 1, true), item(13, 1, false)), List.of(ORM_IGNORANCE, SECURITY_NEGLIGENCE),
                Map.of("minOverall", 2, "minPerCompetency", Map.of("SECURITY", 2), "disagreementSpread", 2));
        UUID k2 = publishedKit(List.of(item(7, 1.5, true), item(18, 1, true), item(11, 1, true)), List.of(SECURITY_NEGLIGENCE),
                Map.of("minOverall", 2.5, "disagreementSpread", 2));
        Response created = api.post(tenant.recruiter().token(), "/api/v1/openings", Map.of("title", "Django lead",
                "hiringManagerId", tenant.hiringManager().id(), "stages", List.of(
                        Map.of("name", "Screen", "kitId", k1, "kitVersion", 1), Map.of("name", "Onsite", "kitId", k2, "kitVersion", 1))));
        opening = UUID.fromString(created.string("id"));
        screen = UUID.fromString(created.string("stages[0].id"));
        onsite = UUID.fromString(created.string("stages[1].id"));
        HiringFixtures.Opening ref = new HiringFixtures.Opening(opening, screen, onsite, null, null);
        xavier = hiring.aCandidate(tenant, ref, "Xavier");
        yvonne = hiring.aCandidate(tenant, ref, "Yvonne");
        victor = hiring.aCandidate(tenant, ref, "Victor");
        zoe = hiring.aCandidate(tenant, ref, "Zoe");

        UUID x1 = interview(xavier, screen, p1, p2);
        scoring(p1, x1).score(1, 3).note("Evidence for 3").score(2, 2).note("Evidence for 2").notAssessed(3, "Ran out of time")
                .recommend("YES").submit();
        scoring(p2, x1).score(1, 4).note("Evidence for 4").score(2, 3).note("Evidence for 3").score(3, 2).note("Evidence for 2")
                .flag(ORM_IGNORANCE, "Wanted raw SQL for every query").recommend("STRONG_YES").submit();
        UUID x2 = interview(xavier, onsite, p1, p3);
        scoring(p1, x2).score(1, 4).note("Evidence for 4").score(2, 3).note("Evidence for 3").score(3, 3).note("Evidence for 3")
                .recommend("YES").submit();
        scoring(p3, x2).score(1, 2).note("Evidence for 2").score(2, 3).note("Evidence for 3").score(3, 1).note("Evidence for 1")
                .recommend("NO").submit();
        String reason = "Re-read my notes: they did mention CSRF";
        scoring(p3, x2).amend(reason).score(3, 2).note(reason).submit();

        UUID y1 = interview(yvonne, screen, p1, p2);
        scoring(p1, y1).score(1, 1).note("Evidence for 1").score(2, 1).note("Evidence for 1").notAssessed(3, "Ran out of time")
                .flag(SECURITY_NEGLIGENCE, "Stored passwords in plain text").recommend("DEFINITELY_NO").submit();
        scoring(p2, y1).score(1, 4).note("draft").save();
        interview(yvonne, onsite, p3);

        UUID v1 = interview(victor, screen, p2);
        scoring(p2, v1).score(1, 2).note("Evidence for 2").score(2, 1).note("Evidence for 1").score(3, 2).note("Evidence for 2")
                .recommend("NO").submit();
    }

    /** The interviewer's scorecard of the interview, to fill in step by step. */
    Scoring scoring(Member interviewer, UUID interview) {
        return Scoring.scoring(api, interviewer, interview);
    }

    /** Schedules an interview of the candidate at the stage: the screen on 1 December, the onsite a week later. */
    UUID interview(UUID candidate, UUID stage, Member... panel) {
        Response interview = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate, "stageId", stage,
                "scheduledAt", stage.equals(screen) ? "2026-12-01T09:00:00Z" : "2026-12-08T09:00:00Z",
                "panel", List.of(panel).stream().map(Member::id).toList()));
        assertThat(interview.status()).as(interview.toString()).isEqualTo(201);
        return UUID.fromString(interview.string("id"));
    }

    private static Map<String, Object> item(int question, double weight, boolean required) {
        return Map.of("questionId", question(question), "weight", weight, "timeBoxMinutes", 10, "required", required);
    }

    private UUID publishedKit(List<Map<String, Object>> items, List<String> flags, Map<String, Object> rules) {
        Response kit = api.post(tenant.recruiter().token(), "/api/v1/kits", Map.of("name", "Report kit", "role", "Backend", "level", "Senior",
                "items", items, "redFlagIds", flags, "rules", rules));
        api.post(tenant.recruiter().token(), "/api/v1/kits/" + kit.string("id") + "/publish", null);
        return UUID.fromString(kit.string("id"));
    }
}
