package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports are tagged by the organisation's change count, not by their body: a reload that finds nothing changed is a
 * 304 without the report being built, and every kind of change a report shows gives it a new tag. Drafts are the one
 * change left out (ScoringRevalidationTest: a hidden co-panelist's saves leave the tags as they were).
 */
class ReportTagsTest extends ApiTest {

    private Tenant tenant;
    private PanelInterview interview;
    private Member interviewer;

    @BeforeEach
    void anInterviewWithOneScorecardSubmitted() {
        tenant = fixtures.anOrganisation();
        interview = hiring.anInterviewWithPanelOf(tenant, 2);
        interviewer = interview.panel().get(0);
        hiring.submitAComplete(interviewer, interview.id(), 3, "YES");
    }

    @Test
    void anUnchangedReportIsNotModifiedForItsReaderAndTaggedApartForAnother() {
        for (String report : reports()) {
            Response first = api.get(tenant.hiringManager().token(), report);
            Response again = api.revalidate(tenant.hiringManager().token(), report, first.header("ETag"));
            Response asRecruiter = api.get(tenant.recruiter().token(), report);

            assertThat(first.status()).as(report + ": " + first).isEqualTo(200);
            assertThat(first.header("ETag")).as(report).startsWith("\"");
            assertThat(again.status()).as(report).isEqualTo(304);
            assertThat(again.body()).as(report).isEmpty();
            assertThat(asRecruiter.header("ETag")).as("another reader's " + report).isNotEqualTo(first.header("ETag"));
        }
    }

    @Test
    void everyKindOfChangeAReportShowsGivesItANewTag() {
        String candidate = "/api/v1/candidates/" + interview.candidateId();
        String recruiter = tenant.recruiter().token();
        Map<String, Runnable> changes = new LinkedHashMap<>();
        changes.put("the candidate renamed", () -> require(api.put(recruiter, candidate, Map.of("name", "Ada Lovelace-Byron",
                "email", "ada@example.test", "status", "ACTIVE"))));
        changes.put("the interviewer renamed", () -> require(api.put(interviewer.token(), "/api/v1/me", Map.of("name", "Grace H."))));
        changes.put("the other panelist submitted", () -> hiring.submitAComplete(interview.panel().get(1), interview.id(), 2, "NO"));
        changes.put("the opening retitled", () -> require(api.put(recruiter, "/api/v1/openings/" + interview.opening().id(),
                Map.of("title", "Staff engineer", "hiringManagerId", tenant.hiringManager().id()))));
        changes.put("a final decision", () -> require(api.post(tenant.hiringManager().token(), candidate + "/decision",
                Map.of("decision", "HOLD", "reason", "Waiting for the onsite"))));
        for (Map.Entry<String, Runnable> change : changes.entrySet()) {
            Map<String, String> before = new HashMap<>();
            reports().forEach(report -> before.put(report, api.get(tenant.hiringManager().token(), report).header("ETag")));

            change.getValue().run();

            for (String report : reports()) {
                Response after = api.revalidate(tenant.hiringManager().token(), report, before.get(report));
                assertThat(after.status()).as(report + " after " + change.getKey()).isEqualTo(200);
                assertThat(after.header("ETag")).as(report + " after " + change.getKey()).isNotEqualTo(before.get(report));
            }
        }
    }

    private List<String> reports() {
        String opening = "/api/v1/openings/" + interview.opening().id();
        String candidate = "/api/v1/candidates/" + interview.candidateId();
        return List.of(candidate + "/report", candidate + "/report.html?zone=Europe/Berlin", opening + "/report",
                opening + "/report/summary", opening + "/calibration", opening + "/reliability");
    }


    private static void require(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
