package dev.tally.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the hiring process through the API: published kits, openings, candidates and interviews with panels. The
 * built-in bank's ids live in {@link BuiltInBank}; the two red flags most tests raise are repeated here so that call
 * sites stay short.
 */
public final class HiringFixtures {

    public static final String ORM_IGNORANCE = BuiltInBank.ORM_IGNORANCE;
    public static final String SECURITY_NEGLIGENCE = BuiltInBank.SECURITY_NEGLIGENCE;

    private final Api api;
    private final Fixtures fixtures;

    public HiringFixtures(Fixtures fixtures) {
        this.api = fixtures.api();
        this.fixtures = fixtures;
    }

    public static String question(int number) {
        return BuiltInBank.question(number);
    }

    /**
     * A published kit of {@code count} bank questions (Q2, Q7, Q10, ...), ten minutes each, the first one optional,
     * with ORM ignorance and security negligence (a knockout) on the checklist.
     */
    public PublishedKit aPublishedKitWith(Tenant tenant, int count) {
        int[] numbers = {2, 7, 10, 13, 18, 3, 4, 5, 6, 8};
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("questionId", question(numbers[i]), "timeBoxMinutes", 10, "required", i != 0));
        }
        Map<String, Object> kit = new HashMap<>(Map.of("name", "Kit of " + count, "role", "Backend engineer", "level", "Senior",
                "items", items, "redFlagIds", List.of(ORM_IGNORANCE, SECURITY_NEGLIGENCE)));
        Response created = require(api.post(tenant.recruiter().token(), "/api/v1/kits", kit), 201);
        String id = created.string("id");
        require(api.post(tenant.recruiter().token(), "/api/v1/kits/" + id + "/publish", null), 200);
        return new PublishedKit(UUID.fromString(id), 1);
    }

    /** An opening managed by the tenant's hiring manager, with a phone screen and an onsite stage. */
    public Opening anOpeningWithTwoStages(Tenant tenant) {
        return anOpeningManagedBy(tenant, tenant.hiringManager());
    }

    /** An opening with a phone screen and an onsite stage, managed by the given member (a HIRING_MANAGER). */
    public Opening anOpeningManagedBy(Tenant tenant, Member manager) {
        PublishedKit screen = aPublishedKitWith(tenant, 3);
        PublishedKit onsite = aPublishedKitWith(tenant, 5);
        Response opening = require(api.post(tenant.recruiter().token(), "/api/v1/openings", Map.of(
                "title", "Senior Django developer", "hiringManagerId", manager.id(),
                "stages", List.of(
                        Map.of("name", "Phone screen", "kitId", screen.id(), "kitVersion", 1),
                        Map.of("name", "Onsite", "kitId", onsite.id(), "kitVersion", 1)))), 201);
        return new Opening(UUID.fromString(opening.string("id")), UUID.fromString(opening.string("stages[0].id")),
                UUID.fromString(opening.string("stages[1].id")), screen, onsite);
    }

    public UUID aCandidate(Tenant tenant, Opening opening, String name) {
        Response candidate = require(api.post(tenant.recruiter().token(), "/api/v1/candidates",
                Map.of("openingId", opening.id(), "name", name, "email", Fixtures.uniqueEmail("candidate"))), 201);
        return UUID.fromString(candidate.string("id"));
    }

    /** An onsite interview (five items) of a new candidate, with a panel of {@code size} new interviewers. */
    public PanelInterview anInterviewWithPanelOf(Tenant tenant, int size) {
        Opening opening = anOpeningWithTwoStages(tenant);
        UUID candidate = aCandidate(tenant, opening, "Ada Lovelace");
        List<Member> panel = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            panel.add(fixtures.aMember(tenant.admin(), "INTERVIEWER"));
        }
        return new PanelInterview(anOnsiteInterview(tenant, opening, candidate, panel), candidate, opening, panel);
    }

    /** An onsite interview of the candidate with the given panel. */
    public UUID anOnsiteInterview(Tenant tenant, Opening opening, UUID candidate, List<Member> panel) {
        Response interview = require(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of(
                "candidateId", candidate, "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-01T10:00:00Z",
                "panel", panel.stream().map(Member::id).toList())), 201);
        return UUID.fromString(interview.string("id"));
    }

    /** Raises a red flag with its evidence on the interviewer's draft. */
    public void raiseFlag(Member interviewer, UUID interviewId, String redFlagId, String note) {
        int version = api.get(interviewer.token(), "/api/v1/interviews/" + interviewId + "/scorecard").<Number>get("version").intValue();
        require(api.put(interviewer.token(), "/api/v1/interviews/" + interviewId + "/scorecard/flags/" + redFlagId,
                Map.of("baseVersion", version, "raised", true, "note", note)), 200);
    }

    /** Saves a complete answer to every item of the interview's kit (scores with notes), a recommendation, and submits. */
    public Response submitAComplete(Member interviewer, UUID interviewId, int score, String recommendation) {
        int version = api.get(interviewer.token(), "/api/v1/interviews/" + interviewId + "/scorecard").<Number>get("version").intValue();
        int items = api.get(interviewer.token(), "/api/v1/interviews/" + interviewId).<List<Object>>get("kit.items").size();
        for (int position = 1; position <= items; position++) {
            version = require(api.put(interviewer.token(), "/api/v1/interviews/" + interviewId + "/scorecard/items/" + position,
                    Map.of("baseVersion", version, "score", score, "keyPoints", List.of(0), "note", "Said something telling")), 200)
                    .<Number>get("version").intValue();
        }
        version = require(api.put(interviewer.token(), "/api/v1/interviews/" + interviewId + "/scorecard/overall",
                Map.of("baseVersion", version, "recommendation", recommendation, "summary", "Solid")), 200)
                .<Number>get("version").intValue();
        return require(api.post(interviewer.token(), "/api/v1/interviews/" + interviewId + "/scorecard/submit",
                Map.of("baseVersion", version)), 200);
    }

    private static Response require(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response);
        }
        return response;
    }

    public record PublishedKit(UUID id, int version) {
    }

    public record Opening(UUID id, UUID screenStageId, UUID onsiteStageId, PublishedKit screenKit, PublishedKit onsiteKit) {
    }

    public record PanelInterview(UUID id, UUID candidateId, Opening opening, List<Member> panel) {
    }
}
