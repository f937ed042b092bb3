package dev.tally.report;

import dev.tally.support.Api;
import dev.tally.support.Fixtures;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;

import java.util.ArrayList;
import java.util.HashMap;
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
        score(p1, x1, Map.of(1, 3, 2, 2), List.of(3), "YES", Map.of());
        score(p2, x1, Map.of(1, 4, 2, 3, 3, 2), List.of(), "STRONG_YES", Map.of(ORM_IGNORANCE, "Wanted raw SQL for every query"));
        UUID x2 = interview(xavier, onsite, p1, p3);
        score(p1, x2, Map.of(1, 4, 2, 3, 3, 3), List.of(), "YES", Map.of());
        score(p3, x2, Map.of(1, 2, 2, 3, 3, 1), List.of(), "NO", Map.of());
        amend(p3, x2, 3, 2, "Re-read my notes: they did mention CSRF");

        UUID y1 = interview(yvonne, screen, p1, p2);
        score(p1, y1, Map.of(1, 1, 2, 1), List.of(3), "DEFINITELY_NO", Map.of(SECURITY_NEGLIGENCE, "Stored passwords in plain text"));
        api.put(p2.token(), "/api/v1/interviews/" + y1 + "/scorecard/items/1", Map.of("baseVersion", 0, "score", 4, "note", "draft"));
        interview(yvonne, onsite, p3);

        UUID v1 = interview(victor, screen, p2);
        score(p2, v1, Map.of(1, 2, 2, 1, 3, 2), List.of(), "NO", Map.of());
    }

    /** Schedules an interview of the candidate at the stage: the screen on 1 December, the onsite a week later. */
    UUID interview(UUID candidate, UUID stage, Member... panel) {
        Response interview = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate, "stageId", stage,
                "scheduledAt", stage.equals(screen) ? "2026-12-01T09:00:00Z" : "2026-12-08T09:00:00Z",
                "panel", List.of(panel).stream().map(Member::id).toList()));
        assertThat(interview.status()).as(interview.toString()).isEqualTo(201);
        return UUID.fromString(interview.string("id"));
    }

    /** Scores the given positions (every score gets a note), marks the others not assessed, raises flags, and submits. */
    void score(Member interviewer, UUID interview, Map<Integer, Integer> scores, List<Integer> notAssessed, String recommendation,
               Map<String, String> flags) {
        String base = "/api/v1/interviews/" + interview + "/scorecard";
        int version = 0;
        List<Map.Entry<Integer, Integer>> ordered = new ArrayList<>(scores.entrySet());
        ordered.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Integer, Integer> score : ordered) {
            version = api.put(interviewer.token(), base + "/items/" + score.getKey(),
                    Map.of("baseVersion", version, "score", score.getValue(), "note", "Evidence for " + score.getValue())).<Number>get("version").intValue();
        }
        for (int position : notAssessed) {
            version = api.put(interviewer.token(), base + "/items/" + position,
                    Map.of("baseVersion", version, "notAssessed", true, "notAssessedReason", "Ran out of time")).<Number>get("version").intValue();
        }
        for (Map.Entry<String, String> flag : flags.entrySet()) {
            version = api.put(interviewer.token(), base + "/flags/" + flag.getKey(),
                    Map.of("baseVersion", version, "raised", true, "note", flag.getValue())).<Number>get("version").intValue();
        }
        Map<String, Object> overall = new HashMap<>(Map.of("baseVersion", version, "recommendation", recommendation));
        version = api.put(interviewer.token(), base + "/overall", overall).<Number>get("version").intValue();
        Response submitted = api.post(interviewer.token(), base + "/submit", Map.of("baseVersion", version));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private void amend(Member interviewer, UUID interview, int position, int score, String reason) {
        String base = "/api/v1/interviews/" + interview + "/scorecard";
        int version = api.post(interviewer.token(), base + "/amend", Map.of("reason", reason)).<Number>get("version").intValue();
        api.put(interviewer.token(), base + "/items/" + position, Map.of("baseVersion", version, "score", score, "note", reason));
        assertThat(api.post(interviewer.token(), base + "/submit", null).status()).isEqualTo(200);
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
