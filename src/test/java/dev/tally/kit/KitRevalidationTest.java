package dev.tally.kit;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PublishedKit;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import dev.tally.question.QuestionFixtures;

import java.util.List;
import java.util.Map;

import static dev.tally.kit.KitFixtures.aFullKit;
import static dev.tally.kit.KitFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Kits answer with an ETag of their state; a client holding it is answered 304 until the kit changes. */
class KitRevalidationTest extends ApiTest {

    @Test
    void aDraftIsNotModifiedUntilItIsEdited() {
        Tenant tenant = fixtures.anOrganisation();
        String recruiter = tenant.recruiter().token();
        String id = api.post(recruiter, "/api/v1/kits", aFullKit()).string("id");
        String path = "/api/v1/kits/" + id;

        Response first = api.get(recruiter, path);
        Response again = api.revalidate(recruiter, path, first.header("ETag"));
        api.put(recruiter, path, with(with(aFullKit(), "name", "Renamed"), "revision", 1));
        Response afterEdit = api.revalidate(recruiter, path, first.header("ETag"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(afterEdit.status()).isEqualTo(200);
        assertThat(afterEdit.string("name")).isEqualTo("Renamed");
        assertThat(afterEdit.header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    @Test
    void aPublishedVersionIsNotModifiedUntilItsVersionListChanges() {
        Tenant tenant = fixtures.anOrganisation();
        String recruiter = tenant.recruiter().token();
        PublishedKit kit = hiring.aPublishedKitWith(tenant, 3);
        String path = "/api/v1/kits/" + kit.id() + "/versions/1";

        Response first = api.get(recruiter, path);
        Response again = api.revalidate(recruiter, path, first.header("ETag"));
        Response weakly = api.revalidate(recruiter, path, "\"other\", W/" + first.header("ETag"));
        api.post(recruiter, "/api/v1/kits/" + kit.id() + "/revise", null);
        Response afterRevise = api.revalidate(recruiter, path, first.header("ETag"));

        assertThat(again.status()).isEqualTo(304);
        assertThat(weakly.status()).as("If-None-Match compares weakly, among a list").isEqualTo(304);
        assertThat(afterRevise.status()).as("version 1's answer lists version 2 now").isEqualTo(200);
        assertThat(afterRevise.<java.util.List<Object>>get("versions")).hasSize(2);
        assertThat(afterRevise.header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    @Test
    void aPublishedVersionShowsItsQuestionsNewestVersionOnceAQuestionIsRevised() {
        Tenant tenant = fixtures.anOrganisation();
        String recruiter = tenant.recruiter().token();
        String question = api.post(recruiter, "/api/v1/questions", QuestionFixtures.aQuestion(null)).string("id");
        Map<String, Object> kit = with(KitFixtures.aKitWith(1), "items", List.of(Map.of("questionId", question, "timeBoxMinutes", 10)));
        String id = api.post(recruiter, "/api/v1/kits", kit).string("id");
        api.post(recruiter, "/api/v1/kits/" + id + "/publish", null);
        String path = "/api/v1/kits/" + id + "/versions/1";

        Response first = api.get(recruiter, path);
        Response again = api.get(recruiter, path);
        Response revised = api.put(recruiter, "/api/v1/questions/" + question,
                QuestionFixtures.aQuestionVersion(null, 1, "How do you keep a Celery task idempotent across retries?"));
        Response afterRevision = api.revalidate(recruiter, path, first.header("ETag"));

        assertThat(first.number("items[0].question.latestVersion")).isEqualTo(1);
        assertThat(again.body()).as("read a second time, as kept").isEqualTo(first.body());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(afterRevision.status()).isEqualTo(200);
        assertThat(afterRevision.number("items[0].question.version")).as("the version the kit pins").isEqualTo(1);
        assertThat(afterRevision.number("items[0].question.latestVersion")).isEqualTo(2);
    }

    @Test
    void anotherOrganisationsKitIsStillNotFoundWhateverTheClientHolds() {
        Tenant owner = fixtures.anOrganisation();
        String id = api.post(owner.recruiter().token(), "/api/v1/kits", aFullKit()).string("id");
        String tag = api.get(owner.recruiter().token(), "/api/v1/kits/" + id).header("ETag");

        assertProblem(api.revalidate(fixtures.anOrganisation().recruiter().token(), "/api/v1/kits/" + id, tag), 404);
        assertProblem(api.revalidate(null, "/api/v1/kits/" + id, tag), 401);
        assertThat(api.revalidate(owner.recruiter().token(), "/api/v1/kits/" + id, "*").status()).isEqualTo(304);
    }

}
