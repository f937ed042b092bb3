package dev.tally.kit;

import dev.tally.question.QuestionFixtures;
import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.tally.kit.KitFixtures.aKitWith;
import static dev.tally.kit.KitFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published kit versions and question versions never change: read by their version's id, without the parts that still
 * move (a kit's status and version list, a question's latest version), they are served immutable, so a browser keeps
 * them, and with a strong tag that no later change moves.
 */
class PublishedContentTest extends ApiTest {

    private static final String IMMUTABLE = "private, max-age=86400, immutable";

    @Test
    void anInterviewsKitVersionIsServedImmutableAndTheSameAfterTheKitIsRevisedAndArchived() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member interviewer = interview.panel().get(0);
        Response inline = api.get(interviewer.token(), "/api/v1/interviews/" + interview.id());
        String path = "/api/v1/kit-versions/" + inline.string("kitVersionId");

        Response first = api.get(interviewer.token(), path);
        String kit = "/api/v1/kits/" + interview.opening().onsiteKit().id();
        api.post(tenant.recruiter().token(), kit + "/revise", null);
        Response afterRevise = api.get(interviewer.token(), path);
        Response archived = api.post(tenant.recruiter().token(), kit + "/archive", Map.of("version", 1));
        Response afterArchive = api.get(interviewer.token(), path);
        Response unchanged = api.revalidate(interviewer.token(), path, first.header("ETag"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo(IMMUTABLE);
        assertThat(first.header("Vary")).as("kept for the token that read it").containsIgnoringCase("Authorization");
        assertThat(first.header("ETag")).startsWith("\"");
        assertThat(first.string("kitId")).isEqualTo(interview.opening().onsiteKit().id().toString());
        assertThat(first.number("version")).isEqualTo(1);
        assertThat(first.<List<Object>>get("items")).hasSize(5);
        assertThat(first.string("items[1].question.text")).isEqualTo(inline.string("kit.items[1].question.text"));
        assertThat(first.<List<Object>>get("items[1].question.rubric")).hasSize(4);
        assertThat(first.<List<Object>>get("checklist")).hasSize(2);
        assertThat(first.body()).doesNotContain("\"status\"", "\"versions\"", "\"latestVersion\"", "\"archivedAt\"");
        assertThat(afterRevise.body()).as("the kit's new draft is not part of version 1").isEqualTo(first.body());
        assertThat(afterRevise.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(afterArchive.body()).as("archived, the version reads as it was").isEqualTo(first.body());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void theInterviewWithoutItsKitNamesTheVersionAndIsTaggedApart() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String path = "/api/v1/interviews/" + interview.id();

        Response inline = api.get(interviewer.token(), path);
        Response bare = api.get(interviewer.token(), path + "?withKit=false");
        Response bareAgain = api.revalidate(interviewer.token(), path + "?withKit=false", bare.header("ETag"));

        assertThat(bare.status()).as(bare.toString()).isEqualTo(200);
        assertThat(bare.<Object>get("kit")).isNull();
        assertThat(bare.string("kitVersionId")).isEqualTo(inline.string("kitVersionId")).isNotBlank();
        assertThat(bare.header("ETag")).isNotEqualTo(inline.header("ETag"));
        assertThat(bareAgain.status()).isEqualTo(304);
    }

    @Test
    void onlyThoseWhoMayReadAVersionGetItsContentAndADraftIsRefused() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        String version = api.get(interview.panel().get(0).token(), "/api/v1/interviews/" + interview.id()).string("kitVersionId");
        Member outsider = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        Tenant other = fixtures.anOrganisation();
        String draft = api.post(tenant.recruiter().token(), "/api/v1/kits", aKitWith(2)).string("id");
        String draftVersion = api.get(tenant.recruiter().token(), "/api/v1/kits/" + draft).string("versionId");

        Response asManager = api.get(tenant.hiringManager().token(), "/api/v1/kit-versions/" + version);
        Response notOnThePanel = api.get(outsider.token(), "/api/v1/kit-versions/" + version);
        Response otherOrganisation = api.get(other.recruiter().token(), "/api/v1/kit-versions/" + version);
        Response ofADraft = api.get(tenant.recruiter().token(), "/api/v1/kit-versions/" + draftVersion);

        assertThat(asManager.status()).isEqualTo(200);
        assertThat(notOnThePanel.status()).isEqualTo(403);
        assertThat(notOnThePanel.string("type")).endsWith("kit-not-on-your-panels");
        assertThat(otherOrganisation.status()).isEqualTo(404);
        assertThat(otherOrganisation.contentType()).startsWith("application/problem+json");
        assertThat(ofADraft.status()).as(ofADraft.toString()).isEqualTo(409);
        assertThat(ofADraft.string("detail")).contains("draft", "/api/v1/kits/" + draft);
    }

    @Test
    void aQuestionVersionIsServedImmutableAndStaysAsItWasWhenTheQuestionIsRevised() {
        Tenant tenant = fixtures.anOrganisation();
        Map<String, Object> question = QuestionFixtures.aQuestion(null);
        Response created = api.post(tenant.recruiter().token(), "/api/v1/questions", question);
        String path = "/api/v1/question-versions/" + created.string("versionId");

        Response first = api.get(tenant.admin().token(), path);
        Map<String, Object> changed = new HashMap<>(question);
        changed.put("text", "A reworded question");
        changed.put("basedOnVersion", 1);
        Response revised = api.put(tenant.recruiter().token(), "/api/v1/questions/" + created.string("id"), changed);
        Response afterRevision = api.get(tenant.admin().token(), path);
        Response unchanged = api.revalidate(tenant.admin().token(), path, first.header("ETag"));
        Response fromAnotherOrganisation = api.get(fixtures.anOrganisation().recruiter().token(), path);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo(IMMUTABLE);
        assertThat(first.string("text")).isEqualTo(question.get("text"));
        assertThat(first.number("version")).isEqualTo(1);
        assertThat(first.body()).doesNotContain("latestVersion");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.number("version")).isEqualTo(2);
        assertThat(afterRevision.body()).isEqualTo(first.body());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(fromAnotherOrganisation.status()).isEqualTo(404);
    }

    @Test
    void aBuiltInQuestionVersionIsReadByEveryOrganisation() {
        Tenant tenant = fixtures.anOrganisation();
        String kit = api.post(tenant.recruiter().token(), "/api/v1/kits", with(aKitWith(1), "name", "One question")).string("id");
        String versionId = api.get(tenant.recruiter().token(), "/api/v1/kits/" + kit).string("items[0].question.versionId");

        Response read = api.get(fixtures.aMember(tenant.admin(), "INTERVIEWER").token(), "/api/v1/question-versions/" + versionId);
        Response elsewhere = api.get(fixtures.anOrganisation().recruiter().token(), "/api/v1/question-versions/" + versionId);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.<Boolean>get("builtIn")).isTrue();
        assertThat(read.<List<Object>>get("rubric")).hasSize(4);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        assertThat(elsewhere.body()).isEqualTo(read.body());
    }

    /** Starter kits belong to every organisation: their staff read a starter version's content, interviewers on no panel do not. */
    @Test
    void aStarterKitsVersionIsReadByStaffOfEveryOrganisation() {
        Tenant tenant = fixtures.anOrganisation();
        String starter = api.get(tenant.recruiter().token(), "/api/v1/kits/starters").string("[0].id");
        String versionId = api.get(tenant.recruiter().token(), "/api/v1/kits/" + starter).string("versionId");

        Response asRecruiter = api.get(tenant.recruiter().token(), "/api/v1/kit-versions/" + versionId);
        Response elsewhere = api.get(fixtures.anOrganisation().hiringManager().token(), "/api/v1/kit-versions/" + versionId);
        Response asInterviewer = api.get(tenant.interviewer().token(), "/api/v1/kit-versions/" + versionId);

        assertThat(asRecruiter.status()).as(asRecruiter.toString()).isEqualTo(200);
        assertThat(asRecruiter.<Boolean>get("starter")).isTrue();
        assertThat(asRecruiter.<List<Object>>get("items")).isNotEmpty();
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        assertThat(asInterviewer.status()).isEqualTo(403);
    }

}
