package dev.tally.kit;

import dev.tally.question.QuestionFixtures;
import dev.tally.support.ApiTest;
import dev.tally.support.Concurrently;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static dev.tally.kit.KitFixtures.aFullKit;
import static dev.tally.kit.KitFixtures.aKitWith;
import static dev.tally.kit.KitFixtures.with;
import static dev.tally.support.BuiltInBank.SECURITY_NEGLIGENCE;
import static org.assertj.core.api.Assertions.assertThat;

class KitLifecycleTest extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aRecruiterBuildsPublishesAndRevisesAKitAndBothVersionsStayReadable() {
        Member recruiter = fixtures.anOrganisation().recruiter();

        Response created = api.post(recruiter.token(), "/api/v1/kits", aFullKit());
        String id = created.string("id");
        Response published = api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);
        Response revised = api.post(recruiter.token(), "/api/v1/kits/" + id + "/revise", null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : revised.<List<Map<String, Object>>>get("items")) {
            Map<String, Object> question = (Map<String, Object>) item.get("question");
            items.add(Map.of("questionId", question.get("id"), "weight", item.get("position").equals(1) ? 3 : item.get("weight"),
                    "timeBoxMinutes", item.get("timeBoxMinutes")));
        }
        Map<String, Object> change = with(with(aFullKit(), "items", items), "revision", revised.get("revision"));
        Response edited = api.put(recruiter.token(), "/api/v1/kits/" + id, change);
        Response publishedAgain = api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);
        Response first = api.get(recruiter.token(), "/api/v1/kits/" + id + "/versions/1");
        Response second = api.get(recruiter.token(), "/api/v1/kits/" + id + "/versions/2");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("status")).isEqualTo("DRAFT");
        assertThat(published.string("status")).isEqualTo("PUBLISHED");
        assertThat(revised.status()).isEqualTo(201);
        assertThat(revised.string("version")).isEqualTo("2");
        assertThat(revised.string("status")).isEqualTo("DRAFT");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(publishedAgain.string("status")).isEqualTo("PUBLISHED");
        assertThat(first.number("items[0].weight")).isEqualTo(1.0);
        assertThat(second.number("items[0].weight")).isEqualTo(3.0);
        assertThat(first.string("status")).isEqualTo("PUBLISHED");
        assertThat(first.<List<Object>>get("items")).hasSize(5);
        assertThat(first.number("items[1].weight")).isEqualTo(2.0);
        assertThat(first.string("totalMinutes")).isEqualTo("50");
        assertThat(first.<List<Object>>get("checklist")).hasSize(3);
        assertThat(first.<List<Map<String, Object>>>get("checklist")).filteredOn(entry -> Boolean.TRUE.equals(entry.get("knockout")))
                .extracting(entry -> ((Map<String, Object>) entry.get("redFlag")).get("id")).containsExactly(SECURITY_NEGLIGENCE);
        assertThat(first.number("rules.minOverall")).isEqualTo(2.5);
        assertThat(first.number("rules.minPerCompetency.SECURITY")).isEqualTo(3.0);
        assertThat(first.string("rules.disagreementSpread")).isEqualTo("2");
        assertThat(second.<List<Map<String, Object>>>get("versions")).extracting(v -> v.get("status"))
                .containsExactly("PUBLISHED", "PUBLISHED");
    }

    @Test
    void readingAKitGivesTheInterviewerEverythingInline() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String id = api.post(recruiter.token(), "/api/v1/kits", aFullKit()).string("id");

        Response kit = api.get(recruiter.token(), "/api/v1/kits/" + id);

        assertThat(kit.string("items[1].question.code")).isEqualTo("Q7");
        assertThat(kit.<List<Object>>get("items[1].question.rubric")).hasSize(4);
        assertThat(kit.<List<Object>>get("items[1].question.keyPoints")).hasSize(7);
        assertThat(kit.<List<Object>>get("items[1].question.probes")).isNotEmpty();
        assertThat(kit.<List<Object>>get("items[1].question.redFlags")).isNotEmpty();
        assertThat(kit.string("checklist[1].redFlag.severity")).isEqualTo("CRITICAL");
        assertThat(kit.string("items[0].required")).isEqualTo("true");
    }

    @Test
    void aKitPinsTheQuestionVersionItWasBuiltWith() {
        Tenant tenant = fixtures.anOrganisation();
        Map<String, Object> question = QuestionFixtures.aQuestion(null);
        String questionId = api.post(tenant.recruiter().token(), "/api/v1/questions", question).string("id");
        Map<String, Object> kit = with(aKitWith(1), "items", List.of(Map.of("questionId", questionId, "timeBoxMinutes", 10)));
        String id = api.post(tenant.recruiter().token(), "/api/v1/kits", kit).string("id");
        api.post(tenant.recruiter().token(), "/api/v1/kits/" + id + "/publish", null);

        Map<String, Object> changed = new HashMap<>(question);
        changed.put("text", "A reworded question");
        changed.put("basedOnVersion", 1);
        api.put(tenant.recruiter().token(), "/api/v1/questions/" + questionId, changed);

        Response read = api.get(tenant.recruiter().token(), "/api/v1/kits/" + id);
        assertThat(read.string("items[0].question.version")).isEqualTo("1");
        assertThat(read.string("items[0].question.latestVersion")).isEqualTo("2");
        assertThat(read.string("items[0].question.text")).isNotEqualTo("A reworded question");
    }

    @Test
    void criticalFlagsAreKnockoutsByDefault() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        Map<String, Object> kit = aFullKit();
        kit.remove("knockoutIds");

        Response created = api.post(recruiter.token(), "/api/v1/kits", kit);

        assertThat(created.<List<Map<String, Object>>>get("checklist")).extracting(entry -> entry.get("knockout"))
                .containsExactly(false, true, false);
    }

    @Test
    void aPublishedVersionCannotBeEdited() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        Response created = api.post(recruiter.token(), "/api/v1/kits", aFullKit());
        String id = created.string("id");
        api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);

        Response edit = api.put(recruiter.token(), "/api/v1/kits/" + id, with(aFullKit(), "revision", 1));
        Response publishAgain = api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);

        assertProblem(edit, 409);
        assertThat(edit.string("detail")).contains("revise");
        assertThat(edit.string("current.status")).isEqualTo("PUBLISHED");
        assertProblem(publishAgain, 409);
    }

    @Test
    void aStaleEditIsAConflictCarryingTheCurrentDraft() {
        Tenant tenant = fixtures.anOrganisation();
        String id = api.post(tenant.recruiter().token(), "/api/v1/kits", aFullKit()).string("id");
        Response first = api.put(tenant.recruiter().token(), "/api/v1/kits/" + id, with(with(aFullKit(), "name", "Edit A"), "revision", 1));

        Response stale = api.put(tenant.hiringManager().token(), "/api/v1/kits/" + id, with(with(aFullKit(), "name", "Edit B"), "revision", 1));
        Response missing = api.put(tenant.hiringManager().token(), "/api/v1/kits/" + id, aFullKit());
        Response stalePublish = api.post(tenant.hiringManager().token(), "/api/v1/kits/" + id + "/publish", Map.of("revision", 1));

        assertThat(first.string("revision")).isEqualTo("2");
        assertProblem(stale, 409);
        assertThat(stale.string("current.name")).isEqualTo("Edit A");
        assertThat(stale.string("current.revision")).isEqualTo("2");
        assertProblem(missing, 422);
        assertThat(missing.errorFields()).containsExactly("revision");
        assertProblem(stalePublish, 409);
        assertThat(api.get(tenant.admin().token(), "/api/v1/kits/" + id).string("name")).isEqualTo("Edit A");
    }

    @Test
    void concurrentEditsOfOneDraftNeverMergeSilently() throws Exception {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String id = api.post(recruiter.token(), "/api/v1/kits", aFullKit()).string("id");
        List<Callable<Response>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> edit = with(with(aFullKit(), "name", "Edit " + i), "revision", 1);
            edits.add(() -> api.put(recruiter.token(), "/api/v1/kits/" + id, edit));
        }

        List<Response> responses = Concurrently.run(edits);

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(7);
        String winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().string("name");
        Response now = api.get(recruiter.token(), "/api/v1/kits/" + id);
        assertThat(now.string("name")).isEqualTo(winner);
        assertThat(now.string("revision")).isEqualTo("2");
    }

    @Test
    void aKitCannotBeRevisedWhileItHasADraft() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String id = api.post(recruiter.token(), "/api/v1/kits", aFullKit()).string("id");

        assertProblem(api.post(recruiter.token(), "/api/v1/kits/" + id + "/revise", null), 409);
    }

    @Test
    void archivedVersionsStayReadable() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String id = api.post(recruiter.token(), "/api/v1/kits", aFullKit()).string("id");
        api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);
        api.post(recruiter.token(), "/api/v1/kits/" + id + "/revise", null);
        api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);

        Response archived = api.post(recruiter.token(), "/api/v1/kits/" + id + "/archive", Map.of("version", 1));
        Response again = api.post(recruiter.token(), "/api/v1/kits/" + id + "/archive", Map.of("version", 1));

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.string("status")).isEqualTo("ARCHIVED");
        assertThat(archived.string("archivedAt")).isNotNull();
        assertThat(api.get(recruiter.token(), "/api/v1/kits/" + id).string("status")).isEqualTo("PUBLISHED");
        assertProblem(again, 409);
    }

    @Test
    void aKitIsClonedIntoANewDraft() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String id = api.post(recruiter.token(), "/api/v1/kits", aFullKit()).string("id");
        api.post(recruiter.token(), "/api/v1/kits/" + id + "/publish", null);

        Response clone = api.post(recruiter.token(), "/api/v1/kits/" + id + "/clone", Map.of("name", "Loop for juniors"));

        assertThat(clone.status()).isEqualTo(201);
        assertThat(clone.string("id")).isNotEqualTo(id);
        assertThat(clone.string("name")).isEqualTo("Loop for juniors");
        assertThat(clone.string("status")).isEqualTo("DRAFT");
        assertThat(clone.string("version")).isEqualTo("1");
        assertThat(clone.<List<Object>>get("items")).hasSize(5);
        assertThat(clone.<List<Object>>get("checklist")).hasSize(3);
        assertThat(clone.number("rules.minPerCompetency.ORM")).isEqualTo(2.0);
    }

    @Test
    void kitsAreListedWithItemCountAndTotalMinutesAndFiltered() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String published = api.post(recruiter.token(), "/api/v1/kits", with(aKitWith(3), "name", "Platform screen")).string("id");
        api.post(recruiter.token(), "/api/v1/kits/" + published + "/publish", null);
        api.post(recruiter.token(), "/api/v1/kits", with(with(aKitWith(2), "name", "Data loop"), "role", "Data engineer"));

        Response all = api.get(recruiter.token(), "/api/v1/kits");
        Response drafts = api.get(recruiter.token(), "/api/v1/kits?status=DRAFT");
        Response byRole = api.get(recruiter.token(), "/api/v1/kits?role=data%20engineer");
        Response byText = api.get(recruiter.token(), "/api/v1/kits?q=platform");
        Response badStatus = api.get(recruiter.token(), "/api/v1/kits?status=LIVE");

        assertThat(all.string("totalItems")).isEqualTo("2");
        Map<String, Object> platform = all.items().stream().filter(k -> k.get("name").equals("Platform screen")).findFirst().orElseThrow();
        assertThat(platform.get("itemCount")).isEqualTo(3);
        assertThat(platform.get("totalMinutes")).isEqualTo(30);
        assertThat(platform.get("publishedVersion")).isEqualTo(1);
        assertThat(drafts.items()).extracting(k -> k.get("name")).containsExactly("Data loop");
        assertThat(byRole.items()).extracting(k -> k.get("name")).containsExactly("Data loop");
        assertThat(byText.items()).extracting(k -> k.get("name")).containsExactly("Platform screen");
        assertProblem(badStatus, 400);
        assertThat(badStatus.errorFields()).containsExactly("status");
    }
}
