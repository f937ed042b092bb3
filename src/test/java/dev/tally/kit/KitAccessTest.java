package dev.tally.kit;

import dev.tally.support.ApiTest;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.kit.KitFixtures.aFullKit;
import static dev.tally.kit.KitFixtures.with;
import static dev.tally.support.BuiltInBank.PHONE_SCREEN;
import static org.assertj.core.api.Assertions.assertThat;

class KitAccessTest extends ApiTest {

    @Test
    void recruitersHiringManagersAndAdminsManageKits() {
        Tenant tenant = fixtures.anOrganisation();
        for (Member author : List.of(tenant.recruiter(), tenant.hiringManager(), tenant.admin())) {
            String id = api.post(author.token(), "/api/v1/kits", aFullKit()).string("id");
            assertThat(api.put(author.token(), "/api/v1/kits/" + id, with(aFullKit(), "revision", 1)).status()).isEqualTo(200);
            assertThat(api.post(author.token(), "/api/v1/kits/" + id + "/publish", null).status()).isEqualTo(200);
            assertThat(api.post(author.token(), "/api/v1/kits/" + id + "/revise", null).status()).isEqualTo(201);
            assertThat(api.post(author.token(), "/api/v1/kits/" + id + "/clone", null).status()).isEqualTo(201);
            assertThat(api.post(author.token(), "/api/v1/kits/" + id + "/archive", null).status()).isEqualTo(200);
            assertThat(api.get(author.token(), "/api/v1/kits/" + id + "/versions/1").status()).isEqualTo(200);
            assertThat(api.get(author.token(), "/api/v1/kits").status()).isEqualTo(200);
            assertThat(api.get(author.token(), "/api/v1/kits/starters").status()).isEqualTo(200);
        }
    }

    @Test
    void interviewersCannotReadOrChangeKitsYet() {
        Tenant tenant = fixtures.anOrganisation();
        String id = api.post(tenant.recruiter().token(), "/api/v1/kits", aFullKit()).string("id");
        String token = tenant.interviewer().token();

        assertProblem(api.post(token, "/api/v1/kits", aFullKit()), 403);
        assertProblem(api.get(token, "/api/v1/kits"), 403);
        assertProblem(api.get(token, "/api/v1/kits/starters"), 403);
        assertProblem(api.get(token, "/api/v1/kits/" + id), 403);
        assertProblem(api.get(token, "/api/v1/kits/" + id + "/versions/1"), 403);
        assertProblem(api.put(token, "/api/v1/kits/" + id, with(aFullKit(), "revision", 1)), 403);
        assertProblem(api.post(token, "/api/v1/kits/" + id + "/publish", null), 403);
        assertProblem(api.post(token, "/api/v1/kits/" + id + "/revise", null), 403);
        assertProblem(api.post(token, "/api/v1/kits/" + id + "/clone", null), 403);
        assertProblem(api.post(token, "/api/v1/kits/" + id + "/archive", null), 403);
    }

    @Test
    void anotherOrganisationsKitIsNotFound() {
        Tenant owner = fixtures.anOrganisation();
        String id = api.post(owner.recruiter().token(), "/api/v1/kits", aFullKit()).string("id");
        api.post(owner.recruiter().token(), "/api/v1/kits/" + id + "/publish", null);
        String stranger = fixtures.anOrganisation().recruiter().token();

        assertProblem(api.get(stranger, "/api/v1/kits/" + id), 404);
        assertProblem(api.get(stranger, "/api/v1/kits/" + id + "/versions/1"), 404);
        assertProblem(api.put(stranger, "/api/v1/kits/" + id, with(aFullKit(), "revision", 1)), 404);
        assertProblem(api.post(stranger, "/api/v1/kits/" + id + "/publish", null), 404);
        assertProblem(api.post(stranger, "/api/v1/kits/" + id + "/revise", null), 404);
        assertProblem(api.post(stranger, "/api/v1/kits/" + id + "/clone", null), 404);
        assertProblem(api.post(stranger, "/api/v1/kits/" + id + "/archive", null), 404);
        assertProblem(api.get(stranger, "/api/v1/kits/" + UUID.randomUUID()), 404);
        assertThat(api.get(stranger, "/api/v1/kits").string("totalItems")).isEqualTo("0");
    }

    @Test
    void aKitCannotUseAnotherOrganisationsRedFlag() {
        String foreignFlag = api.post(fixtures.anOrganisation().recruiter().token(), "/api/v1/red-flags",
                Map.of("title", "Foreign flag", "severity", "MINOR", "description", "x")).string("id");

        Response refused = api.post(fixtures.anOrganisation().recruiter().token(), "/api/v1/kits",
                with(with(aFullKit(), "redFlagIds", List.of(foreignFlag)), "knockoutIds", List.of()));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("redFlagIds[0]");
    }

    @Test
    void starterKitsAreOfferedToEveryOrganisationAndClonedNotChanged() {
        Member recruiter = fixtures.anOrganisation().recruiter();

        Response starters = api.get(recruiter.token(), "/api/v1/kits/starters");
        Response phoneScreen = api.get(recruiter.token(), "/api/v1/kits/" + PHONE_SCREEN);
        Response clone = api.post(recruiter.token(), "/api/v1/kits/" + PHONE_SCREEN + "/clone", null);
        Response edit = api.put(recruiter.token(), "/api/v1/kits/" + PHONE_SCREEN, with(aFullKit(), "revision", 1));

        assertThat(starters.<List<Map<String, Object>>>get("")).extracting(kit -> kit.get("name")).containsExactly(
                "Phone screen (30 minutes)", "Full technical loop", "Senior architecture interview (60 minutes)");
        assertThat(starters.<List<Map<String, Object>>>get("")).extracting(kit -> kit.get("totalMinutes")).containsExactly(30, 90, 60);
        assertThat(phoneScreen.string("starter")).isEqualTo("true");
        assertThat(phoneScreen.string("description")).contains("security");
        assertThat(clone.status()).isEqualTo(201);
        assertThat(clone.string("starter")).isEqualTo("false");
        assertThat(clone.string("name")).isEqualTo("Phone screen (30 minutes) (copy)");
        assertThat(clone.<List<Object>>get("items")).hasSize(5);
        assertThat(api.post(recruiter.token(), "/api/v1/kits/" + clone.string("id") + "/publish", null).status()).isEqualTo(200);
        assertProblem(edit, 403);
        assertThat(api.get(recruiter.token(), "/api/v1/kits").string("totalItems")).isEqualTo("1");
    }

    @Test
    void theFullLoopStarterCoversEveryCompetency() {
        Response loop = api.get(fixtures.anOrganisation().recruiter().token(), "/api/v1/kits/00000000-0000-0000-0004-000000000002");

        assertThat(loop.<List<Map<String, Object>>>get("items"))
                .extracting(item -> (Object) ((Map<?, ?>) item.get("question")).get("competency"))
                .contains("CORE_FRAMEWORK", "MODERN_DJANGO", "ORM", "SECURITY", "API_DEVELOPMENT", "TESTING", "PERFORMANCE", "DEVOPS", "PYTHON_ECOSYSTEM");
    }
}
