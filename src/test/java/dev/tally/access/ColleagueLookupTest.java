package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ColleagueLookupTest extends ApiTest {

    @Test
    void aRecruiterFindsActiveInterviewersByPartOfTheirNameSortedByName() {
        Tenant tenant = fixtures.anOrganisation();
        Member zoe = fixtures.aMemberNamed(tenant.admin(), "Zoë Marsh", "INTERVIEWER");
        Member mara = fixtures.aMemberNamed(tenant.admin(), "Mara Marshall", "INTERVIEWER", "HIRING_MANAGER");
        Member gone = fixtures.aMemberNamed(tenant.admin(), "Old Marsh", "INTERVIEWER");
        fixtures.aMemberNamed(tenant.admin(), "Marsh Recruiter", "RECRUITER");
        api.post(tenant.admin().token(), "/api/v1/users/" + gone.id() + "/deactivate", null);
        fixtures.aMemberNamed(fixtures.anOrganisation().admin(), "Foreign Marsh", "INTERVIEWER");

        Response found = api.get(tenant.recruiter().token(), "/api/v1/colleagues?role=INTERVIEWER&q=MARSH");

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.items()).extracting(item -> item.get("name")).containsExactly("Mara Marshall", "Zoë Marsh");
        assertThat(found.items().get(0)).containsOnlyKeys("id", "name", "email", "roles");
        assertThat(found.string("items[0].id")).isEqualTo(mara.id().toString());
        assertThat(found.<List<String>>get("items[0].roles")).containsExactlyInAnyOrder("INTERVIEWER", "HIRING_MANAGER");
        assertThat(found.string("totalItems")).isEqualTo("2");
        assertThat(api.get(tenant.hiringManager().token(), "/api/v1/colleagues?q=" + zoe.email()).items())
                .extracting(item -> item.get("id")).containsExactly(zoe.id().toString());
    }

    @Test
    void theLookupPagesInSqlAndRefusesInterviewersAndBadFilters() {
        Tenant tenant = fixtures.anOrganisation();
        for (int i = 0; i < 3; i++) {
            fixtures.aMemberNamed(tenant.admin(), "Panelist " + i, "INTERVIEWER");
        }

        Response second = api.get(tenant.admin().token(), "/api/v1/colleagues?role=INTERVIEWER&q=panelist&page=1&size=2");

        assertThat(second.items()).extracting(item -> item.get("name")).containsExactly("Panelist 2");
        assertThat(second.string("totalPages")).isEqualTo("2");
        assertProblem(api.get(tenant.interviewer().token(), "/api/v1/colleagues"), 403);
        Response badRole = api.get(tenant.recruiter().token(), "/api/v1/colleagues?role=BOSS");
        assertProblem(badRole, 400);
        assertThat(badRole.errorFields()).containsExactly("role");
        assertThat(badRole.string("errors[0].message")).isEqualTo("'BOSS' is not valid: expected one of [ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER, COMPLIANCE]");
        assertThat(api.get(tenant.recruiter().token(), "/api/v1/colleagues?q=" + "x".repeat(201)).errorFields()).containsExactly("q");
    }

    @Test
    void adminsFilterTheUserListByRoleActivityAndText() {
        Tenant tenant = fixtures.anOrganisation();
        Member gone = fixtures.aMemberNamed(tenant.admin(), "Gone Interviewer", "INTERVIEWER");
        api.post(tenant.admin().token(), "/api/v1/users/" + gone.id() + "/deactivate", null);

        Response inactive = api.get(tenant.admin().token(), "/api/v1/users?active=false");
        Response interviewers = api.get(tenant.admin().token(), "/api/v1/users?role=INTERVIEWER&active=true");
        Response byText = api.get(tenant.admin().token(), "/api/v1/users?q=gone");

        assertThat(inactive.items()).extracting(item -> item.get("id")).containsExactly(gone.id().toString());
        assertThat(interviewers.items()).extracting(item -> item.get("id")).containsExactly(tenant.interviewer().id().toString());
        assertThat(byText.items()).extracting(item -> item.get("active")).containsExactly(false);
        assertThat(api.get(tenant.admin().token(), "/api/v1/users").string("totalItems")).isEqualTo("5");
    }

    @Test
    void everyoneChangesTheirOwnNameAndTheChangeIsAudited() {
        Tenant tenant = fixtures.anOrganisation();

        Response renamed = api.put(tenant.interviewer().token(), "/api/v1/me", Map.of("name", "  Ivy Interviewer "));
        Response blank = api.put(tenant.interviewer().token(), "/api/v1/me", Map.of("name", " "));
        Response twoLines = api.put(tenant.interviewer().token(), "/api/v1/me", Map.of("name", "Ivy\nInterviewer"));
        Response tooLong = api.put(tenant.interviewer().token(), "/api/v1/me", Map.of("name", "x".repeat(201)));
        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?entityType=USER&entityId=" + tenant.interviewer().id());

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.string("name")).isEqualTo("Ivy Interviewer");
        assertThat(api.get(tenant.interviewer().token(), "/api/v1/me").string("name")).isEqualTo("Ivy Interviewer");
        assertProblem(blank, 400);
        assertThat(twoLines.errorFields()).containsExactly("name");
        assertThat(tooLong.errorFields()).containsExactly("name");
        assertThat(audit.body()).contains("RENAMED");
    }
}
