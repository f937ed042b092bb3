package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind scoring holds whatever else a panelist is: an admin or the opening's hiring manager on the panel reads nothing
 * derived from a co-panelist's scores of that interview through any endpoint until they submit their own, and everything
 * their role allows afterwards.
 */
class BlindScoringForEveryCallerTest extends ApiTest {

    private static final String EVIDENCE = "Stored raw SQL with the password in it";

    private Tenant tenant;
    private Opening opening;
    private Member alice;
    private Member adminPanelist;
    private Member managerPanelist;
    private UUID candidate;
    private UUID interview;

    /** Alice has submitted a 4 everywhere, a YES and a knockout flag; the admin and the manager on her panel have not. */
    @BeforeEach
    void aliceHasSubmittedAndTwoMultiRolePanelistsHaveNot() {
        tenant = fixtures.anOrganisation();
        alice = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        adminPanelist = fixtures.aMember(tenant.admin(), "ADMIN", "INTERVIEWER");
        managerPanelist = fixtures.aMember(tenant.admin(), "HIRING_MANAGER", "INTERVIEWER");
        opening = hiring.anOpeningManagedBy(tenant, managerPanelist);
        candidate = hiring.aCandidate(tenant, opening, "Ada");
        interview = hiring.anOnsiteInterview(tenant, opening, candidate, List.of(alice, adminPanelist, managerPanelist));
        hiring.raiseFlag(alice, interview, HiringFixtures.SECURITY_NEGLIGENCE, EVIDENCE);
        hiring.submitAComplete(alice, interview, 4, "YES");
    }

    @Test
    void multiRolePanelistsReadNoCoPanelistScorecardBeforeSubmittingTheirOwn() {
        for (Member panelist : List.of(adminPanelist, managerPanelist)) {
            String scorecards = "/api/v1/interviews/" + interview + "/scorecards";
            assertProblem(api.get(panelist.token(), scorecards), 403);
            assertProblem(api.get(panelist.token(), scorecards + "/" + alice.id()), 403);
            assertProblem(api.get(panelist.token(), scorecards + "/" + alice.id() + "/revisions/1"), 403);
        }
        assertThat(api.get(tenant.admin().token(), "/api/v1/interviews/" + interview + "/scorecards").<List<Object>>get("submitted"))
                .as("an admin off the panel reads submitted scorecards as before").hasSize(1);
    }

    @Test
    void theCandidateReportShowsTheInterviewAsHiddenUntilYouSubmit() {
        for (Member panelist : List.of(adminPanelist, managerPanelist)) {
            Response report = api.get(panelist.token(), "/api/v1/candidates/" + candidate + "/report");

            assertThat(report.status()).as(report.toString()).isEqualTo(200);
            assertThat(report.<Boolean>get("interviews[0].hiddenUntilYouSubmit")).isTrue();
            assertThat(report.<List<Object>>get("interviews[0].items")).isEmpty();
            assertThat(report.<List<Object>>get("redFlags")).isEmpty();
            assertThat(report.<Map<String, Object>>get("recommendations")).isEmpty();
            assertThat(report.<Object>get("overall.score")).isNull();
            assertThat(report.string("suggestedDecision.decision")).isEqualTo("INCOMPLETE");
            assertThat(report.string("interviews[0].decision.reasons[0].rule")).isEqualTo("HIDDEN_UNTIL_YOU_SUBMIT");
            assertThat(report.<Object>get("interviews[0].panel[0].recommendation")).isNull();
            assertThat(report.body()).doesNotContain(EVIDENCE, "Said something telling", "\"YES\"");

            Response page = api.get(panelist.token(), "/api/v1/candidates/" + candidate + "/report.html");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Hidden until you submit").doesNotContain(EVIDENCE, "Said something telling");
        }
        Response manager = api.get(tenant.recruiter().token(), "/api/v1/candidates/" + candidate + "/report");
        assertThat(manager.string("suggestedDecision.decision")).as("off the panel the knockout shows").isEqualTo("REJECT");
    }

    @Test
    void openingReportsExportsCalibrationReliabilityAndAnalyticsLeaveTheInterviewOut() {
        String path = "/api/v1/openings/" + opening.id();
        for (Member panelist : List.of(adminPanelist, managerPanelist)) {
            Response report = api.get(panelist.token(), path + "/report");
            assertThat(report.items()).hasSize(1);
            assertThat(report.<Object>get("items[0].overall.score")).isNull();
            assertThat(report.number("items[0].redFlags")).isZero();
            assertThat(report.number("items[0].knockouts")).isZero();
            assertThat(report.number("items[0].interviewsHiddenUntilYouSubmit")).isEqualTo(1);
            assertThat(report.<Map<String, Object>>get("items[0].recommendations")).isEmpty();
            assertThat(report.string("items[0].suggestedDecision")).isEqualTo("INCOMPLETE");

            assertThat(api.get(panelist.token(), path + "/report.csv").body()).doesNotContain("YES=1", "4.0");
            assertThat(api.get(panelist.token(), path + "/scores.csv").body().strip().lines()).hasSize(1);
            assertThat(api.get(panelist.token(), path + "/calibration").<List<Object>>get("interviewers")).isEmpty();
            assertThat(api.get(panelist.token(), path + "/reliability").<List<Object>>get("kits")).isEmpty();
            assertThat(api.get(panelist.token(), "/api/v1/questions/" + HiringFixtures.question(7) + "/analytics")
                    .<List<Object>>get("versions")).isEmpty();
            assertThat(api.get(panelist.token(), "/api/v1/question-analytics").body()).isEqualTo("[]");
        }
        assertThat(api.get(adminPanelist.token(), "/api/v1/calibration").<List<Object>>get("interviewers")).isEmpty();
        assertThat(api.get(tenant.recruiter().token(), path + "/calibration").<List<Object>>get("interviewers")).hasSize(1);
    }

    @Test
    void theAuditLogHidesCoPanelistsSubmissionsFromAnAdminOnThePanel() {
        String scorecardEvents = "/api/v1/audit?entityType=SCORECARD&size=100";
        assertThat(actions(api.get(tenant.admin().token(), scorecardEvents))).contains("SUBMITTED");
        assertThat(actions(api.get(adminPanelist.token(), scorecardEvents))).isEmpty();
        assertThat(api.get(adminPanelist.token(), "/api/v1/audit?size=100").body()).doesNotContain(EVIDENCE);

        hiring.submitAComplete(adminPanelist, interview, 2, "NO");

        assertThat(actions(api.get(adminPanelist.token(), scorecardEvents))).contains("SUBMITTED", "FLAG_SAVED");
    }

    @Test
    void afterSubmittingTheirOwnTheyReadEverythingTheirRolesAllow() {
        hiring.submitAComplete(adminPanelist, interview, 2, "NO");
        hiring.submitAComplete(managerPanelist, interview, 3, "YES");

        for (Member panelist : List.of(adminPanelist, managerPanelist)) {
            assertThat(api.get(panelist.token(), "/api/v1/interviews/" + interview + "/scorecards").<List<Object>>get("submitted"))
                    .hasSize(3);
            Response report = api.get(panelist.token(), "/api/v1/candidates/" + candidate + "/report");
            assertThat(report.<Boolean>get("interviews[0].hiddenUntilYouSubmit")).isFalse();
            assertThat(report.string("suggestedDecision.decision")).isEqualTo("REJECT");
            assertThat(report.body()).contains(EVIDENCE);
            Response opening = api.get(panelist.token(), "/api/v1/openings/" + this.opening.id() + "/report");
            assertThat(opening.number("items[0].overall.score")).isEqualTo(3.0);
            assertThat(opening.number("items[0].interviewsHiddenUntilYouSubmit")).isZero();
            assertThat(api.get(panelist.token(), "/api/v1/openings/" + this.opening.id() + "/calibration")
                    .<List<Object>>get("interviewers")).hasSize(3);
        }
    }

    @Test
    void aHiringManagersQuestionAnalyticsCountOnlyTheOpeningsTheyManage() {
        String analytics = "/api/v1/questions/" + HiringFixtures.question(7) + "/analytics";
        hiring.anOpeningWithTwoStages(tenant);

        assertThat(api.get(tenant.hiringManager().token(), analytics).<List<Object>>get("versions")).isEmpty();
        assertThat(api.get(tenant.hiringManager().token(), "/api/v1/question-analytics").body()).isEqualTo("[]");
        assertThat(api.get(tenant.recruiter().token(), analytics).number("versions[0].answers")).isEqualTo(1);
    }

    @Test
    void draftChangesAreAuditedWithoutTheirContent() {
        Member bob = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        UUID other = hiring.anOnsiteInterview(tenant, opening, candidate, List.of(bob));
        api.put(bob.token(), "/api/v1/interviews/" + other + "/scorecard/items/2",
                Map.of("baseVersion", 0, "score", 3, "keyPoints", List.of(0), "note", "a draft thought"));
        api.put(bob.token(), "/api/v1/interviews/" + other + "/scorecard/flags/" + HiringFixtures.ORM_IGNORANCE,
                Map.of("baseVersion", 1, "raised", true, "note", "a draft suspicion"));
        api.put(bob.token(), "/api/v1/interviews/" + other + "/scorecard/overall",
                Map.of("baseVersion", 2, "recommendation", "STRONG_YES", "summary", "a draft summary"));

        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?entityType=SCORECARD&actorId=" + bob.id());

        assertThat(audit.items()).extracting(event -> event.get("action")).containsExactly("OVERALL_SAVED", "FLAG_SAVED", "ITEM_SAVED");
        assertThat(audit.items()).extracting(event -> event.get("before")).containsOnlyNulls();
        assertThat(audit.items()).extracting(event -> String.valueOf(event.get("after")))
                .containsExactly("{part=overall}", "{part=flag, redFlagId=" + HiringFixtures.ORM_IGNORANCE + "}", "{part=item, position=2}");
        assertThat(audit.body()).doesNotContain("draft", "STRONG_YES", "\"score\"");
    }

    private static List<Object> actions(Response audit) {
        return audit.items().stream().map(event -> event.get("action")).toList();
    }
}
