package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.CountingDriver;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the scoring page and the reports reload answers 304 while nothing the caller may see has changed, and a new
 * ETag as soon as it has. A co-panelist's draft is hidden from the others, so their saves must not change the tags
 * the others hold: an ETag that moved with them would tell that they scored.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.driver-class-name", value = "dev.tally.support.CountingDriver")
// Counted requests leave out reading the caller's account, which earlier requests cache; on a slow machine the default
// 2 s could expire between them and add a statement (as in ReportStatementsTest).
@Property(name = "tally.security.account-cache", value = "1h")
class ScoringRevalidationTest extends ApiTest {

    @Test
    void aReloadThatFindsNothingChangedReadsNeitherTheKitsQuestionsNorTheAnswers() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        save(interviewer, interview, 1, 0, "Knew select_related");
        String seat = "/api/v1/interviews/" + interview.id();
        String own = seat + "/scorecard";
        String seatTag = api.get(interviewer.token(), seat).header("ETag");
        String ownTag = api.get(interviewer.token(), own).header("ETag");

        CountingDriver.start();
        Response seatAgain = api.revalidate(interviewer.token(), seat, seatTag);
        Response ownAgain = api.revalidate(interviewer.token(), own, ownTag);
        List<String> statements = CountingDriver.stop();

        assertThat(seatAgain.status()).isEqualTo(304);
        assertThat(ownAgain.status()).isEqualTo(304);
        assertThat(statements).as(String.join("\n", statements)).as("the seat and the scorecard's version are read")
                .anyMatch(sql -> sql.contains("FROM panel_member p"))
                .noneMatch(sql -> sql.contains("rubric"))
                .noneMatch(sql -> sql.contains("FROM scorecard_item"));
    }

    /** What src/bench/kit-version-read.sql sends, and nothing more: the content itself is kept once read. */
    @Test
    void aWarmReadOfAKitVersionsContentChecksOnlyTheVersionAndThePanel() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String path = "/api/v1/kit-versions/" + api.get(interviewer.token(), "/api/v1/interviews/" + interview.id()).string("kitVersionId");
        Response first = api.get(interviewer.token(), path);

        CountingDriver.start();
        Response again = api.get(interviewer.token(), path);
        List<String> statements = CountingDriver.stop();

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(statements).as(String.join("\n", statements)).hasSize(2)
                .anyMatch(sql -> sql.contains("FROM kit_version v"))
                .anyMatch(sql -> sql.contains("JOIN panel_member p"));
    }

    /** A report's tag is the organisation's change count: a 304 reads it and the opening, not the report's rows. */
    @Test
    void anUnchangedOpeningReportIsNotModifiedWithoutReadingItsCandidates() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        hiring.submitAComplete(interview.panel().get(0), interview.id(), 3, "YES");
        String report = "/api/v1/openings/" + interview.opening().id() + "/report";
        String manager = tenant.hiringManager().token();
        Response first = api.get(manager, report);

        CountingDriver.start();
        Response again = api.send("GET", report, manager, null, Map.of("If-None-Match", first.header("ETag")));
        List<String> statements = CountingDriver.stop();

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(304);
        assertThat(statements).as(String.join("\n", statements)).hasSize(2)
                .anyMatch(sql -> sql.contains("audit_change_count"))
                .noneMatch(sql -> sql.contains("interview_outcome"));
    }

    @Test
    void theOwnScorecardIsNotModifiedUntilASaveAndThenHasANewTag() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String own = "/api/v1/interviews/" + interview.id() + "/scorecard";

        Response empty = api.get(interviewer.token(), own);
        Response unchanged = api.revalidate(interviewer.token(), own, empty.header("ETag"));
        save(interviewer, interview, 1, 0, "Knew select_related");
        Response afterSave = api.revalidate(interviewer.token(), own, empty.header("ETag"));
        Response afterSaveAgain = api.revalidate(interviewer.token(), own, afterSave.header("ETag"));

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.header("ETag")).isNotBlank();
        assertThat(empty.header("Cache-Control")).as("score data is not kept by the browser").isEqualTo("no-store");
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(afterSave.status()).isEqualTo(200);
        assertThat(afterSave.number("version")).isEqualTo(1);
        assertThat(afterSave.header("ETag")).isNotEqualTo(empty.header("ETag"));
        assertThat(afterSaveAgain.status()).isEqualTo(304);
    }

    @Test
    void theInterviewWithItsKitIsNotModifiedOnReloadAndChangesWhenRescheduled() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member interviewer = interview.panel().get(0);
        String path = "/api/v1/interviews/" + interview.id();

        Response first = api.get(interviewer.token(), path);
        Response reload = api.revalidate(interviewer.token(), path, first.header("ETag"));
        Response moved = api.put(tenant.recruiter().token(), path, Map.of("scheduledAt", "2026-12-03T10:00:00Z",
                "panel", List.of(interviewer.id())));
        Response afterMove = api.revalidate(interviewer.token(), path, first.header("ETag"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.<List<Object>>get("kit.items")).hasSize(5);
        assertThat(reload.status()).isEqualTo(304);
        assertThat(reload.body()).isEmpty();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(afterMove.status()).isEqualTo(200);
        assertThat(afterMove.string("scheduledAt")).isEqualTo("2026-12-03T10:00:00Z");
        assertThat(afterMove.header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    @Test
    void theInterviewsTagMovesWhenItsKitGainsAVersionAndItsKeptKitShowsIt() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member interviewer = interview.panel().get(0);
        String path = "/api/v1/interviews/" + interview.id();

        Response first = api.get(interviewer.token(), path);
        Response kept = api.get(interviewer.token(), path);
        Response revised = api.post(tenant.recruiter().token(), "/api/v1/kits/" + interview.opening().onsiteKit().id() + "/revise", null);
        Response afterRevise = api.revalidate(interviewer.token(), path, first.header("ETag"));
        Response afterReviseAgain = api.revalidate(interviewer.token(), path, afterRevise.header("ETag"));

        assertThat(first.<List<Object>>get("kit.versions")).hasSize(1);
        assertThat(kept.body()).as("read a second time, from the kept view").isEqualTo(first.body());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        assertThat(afterRevise.status()).as("the pinned version's answer lists the new draft").isEqualTo(200);
        assertThat(afterRevise.number("kit.version")).isEqualTo(1);
        assertThat(afterRevise.<List<Object>>get("kit.versions")).hasSize(2);
        assertThat(afterRevise.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(afterReviseAgain.status()).isEqualTo(304);
    }

    @Test
    void aHiddenCoPanelistsSavesLeaveTheOthersTagsAsTheyWereUntilTheySubmit() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member alice = interview.panel().get(0);
        Member bob = interview.panel().get(1);
        String panel = "/api/v1/interviews/" + interview.id() + "/scorecards";
        String seat = "/api/v1/interviews/" + interview.id();
        String report = "/api/v1/openings/" + interview.opening().id() + "/report";
        String manager = tenant.hiringManager().token();
        save(bob, interview, 1, 0, "A first note");
        hiring.submitAComplete(alice, interview.id(), 3, "YES");

        Response alicePanel = api.get(alice.token(), panel);
        Response aliceSeat = api.get(alice.token(), seat);
        Response managerReport = api.get(manager, report);
        save(bob, interview, 2, 1, "Scored while Alice reads");
        save(bob, interview, 1, 2, "Changed his mind");
        Response alicePanelAfterDraft = api.revalidate(alice.token(), panel, alicePanel.header("ETag"));
        Response aliceSeatAfterDraft = api.revalidate(alice.token(), seat, aliceSeat.header("ETag"));
        Response reportAfterDraft = api.send("GET", report, manager, null, Map.of("If-None-Match", managerReport.header("ETag")));
        hiring.submitAComplete(bob, interview.id(), 2, "NO");
        Response alicePanelAfterSubmit = api.revalidate(alice.token(), panel, alicePanel.header("ETag"));
        Response reportAfterSubmit = api.send("GET", report, manager, null, Map.of("If-None-Match", managerReport.header("ETag")));

        assertThat(alicePanel.status()).isEqualTo(200);
        assertThat(alicePanel.<List<Object>>get("submitted")).hasSize(1);
        assertThat(managerReport.status()).isEqualTo(200);
        assertThat(alicePanelAfterDraft.status()).as("Bob's drafts are hidden from Alice").isEqualTo(304);
        assertThat(aliceSeatAfterDraft.status()).as("Bob's scorecard is still a draft").isEqualTo(304);
        assertThat(reportAfterDraft.status()).as("drafts never count in reports").isEqualTo(304);
        assertThat(alicePanelAfterSubmit.status()).isEqualTo(200);
        assertThat(alicePanelAfterSubmit.<List<Object>>get("submitted")).hasSize(2);
        assertThat(reportAfterSubmit.status()).isEqualTo(200);
        assertThat(reportAfterSubmit.header("ETag")).isNotEqualTo(managerReport.header("ETag"));
    }

    private void save(Member interviewer, PanelInterview interview, int position, int baseVersion, String note) {
        Response saved = api.put(interviewer.token(), "/api/v1/interviews/" + interview.id() + "/scorecard/items/" + position,
                Map.of("baseVersion", baseVersion, "score", 3, "keyPoints", List.of(0), "note", note));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

}
