package dev.tally.access;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.tally.support.Axe;
import dev.tally.support.BrowserTest;
import dev.tally.support.Chromium;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The People page in a real Chromium: an admin adds and manages people; everyone manages their own account. */
class PeoplePageBrowserTest extends BrowserTest {

    @Test
    void anAdminAddsAPersonFindsThemChangesTheirRolesDeactivatesThemAndResetsTheirPassword() {
        Tenant tenant = fixtures.anOrganisation();
        String email = "ivy-" + tenant.id().toString().substring(0, 8) + "@example.test";
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/people.html", tenant.admin());
            assertThat(page.locator("#people-info")).hasText("4 people · page 1 of 1");
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);

            page.fill("#new-person input[name=name]", "Ivy Park");
            page.fill("#new-person input[name=email]", email);
            page.locator("#new-person").getByLabel("Interviewer").check();
            page.locator("#new-person").getByLabel("Recruiter").check();
            page.fill("#new-person input[name=password]", "first-password-1");
            page.click("#new-person button[type=submit]");
            assertThat(page.locator("#people-info")).hasText("5 people · page 1 of 1");

            page.fill("#people-query input[name=q]", "ivy park");
            page.click("#people-query button");
            assertThat(page.locator("#people li")).hasCount(1);
            assertThat(page.locator("#people li")).containsText("Interviewer");
            page.click("#people li a");

            assertThat(page.locator("#person-name")).hasText("Ivy Park");
            Axe.check(page);
            page.locator("#person-roles").getByLabel("Recruiter").uncheck();
            page.click("#person-roles button");
            assertThat(page.locator("#save-status")).hasText("Roles saved.");
            page.click("#person-active");
            assertThat(page.locator("#person-meta")).containsText("Deactivated");
            page.click("#person-active");
            assertThat(page.locator("#person-meta")).containsText("Active");
            page.fill("#person-password input[name=newPassword]", "reset-password-2");
            page.click("#person-password button");
            assertThat(page.locator("#save-status")).containsText("must choose a new one at their next sign-in");
        }
        Response ivy = api.get(fixtures.login(email, "reset-password-2"), "/api/v1/me");
        assertThat(ivy.<List<String>>get("roles")).containsExactly("INTERVIEWER");
        assertThat(ivy.string("mustChangePassword")).isEqualTo("true");
    }

    @Test
    void anInterviewerChangesTheirOwnNameAndPassword() {
        Tenant tenant = fixtures.anOrganisation();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/people.html", tenant.interviewer());
            assertThat(page.locator("#me-view")).isVisible();
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);

            page.fill("#me-name input[name=name]", "Ines Interviewer");
            page.click("#me-name button");
            assertThat(page.locator("#who")).containsText("Ines Interviewer");

            page.fill("#me-password input[name=currentPassword]", tenant.interviewer().password());
            page.fill("#me-password input[name=newPassword]", "a-new-password-3");
            page.click("#me-password button");
            assertThat(page.locator("#save-status")).containsText("Password changed");
            page.reload();
            assertThat(page.locator("#me-view")).isVisible();
        }
        assertThat(api.get(fixtures.login(tenant.interviewer().email(), "a-new-password-3"), "/api/v1/me").string("name"))
                .isEqualTo("Ines Interviewer");
    }
}
