package dev.tally.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole hiring process through the pages alone, nobody knowing an id: the admin creates the team, the recruiter
 * opens a position with a two-stage plan, adds candidates by form and from a CSV file and schedules an interview with a
 * panel of three picked by name; each interviewer scores from their home; the hiring manager reads the report and decides.
 */
class WholeProcessBrowserTest extends ApiTest {

    private static final String PASSWORD = "a long enough password";
    private static final String[] INTERVIEWERS = {"Ivy Chen", "Omar Diaz", "Pia Novak"};

    @Test
    void aTeamRunsTheWholeHiringProcessFromThePages() {
        Tenant tenant = fixtures.anOrganisation();
        String domain = "@" + tenant.id().toString().substring(0, 8) + ".example.test";
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.getURI() + "/");

            // The admin creates the team.
            signIn(page, tenant.admin().email(), tenant.admin().password());
            page.click("#nav >> text=People");
            addPerson(page, "Rita Recruiter", "rita" + domain, "Recruiter");
            addPerson(page, "Hugo Manager", "hugo" + domain, "Hiring manager");
            for (String interviewer : INTERVIEWERS) {
                addPerson(page, interviewer, email(interviewer, domain), "Interviewer");
            }
            assertThat(page.locator("#people-info")).hasText("9 people · page 1 of 1");
            signOut(page);

            // The recruiter publishes a kit, opens the position and adds candidates.
            signIn(page, "rita" + domain, PASSWORD);
            page.click("#nav >> text=Kits");
            page.click("text=Copy \"Phone screen (30 minutes)\"");
            page.click("#publish-kit");
            assertThat(page.locator("#kit-meta")).containsText("published");

            page.click("#nav >> text=Openings");
            page.fill("#new-opening input[name=title]", "Backend engineer");
            page.fill("#new-manager-search", "hugo");
            page.click("#new-manager-matches button");
            page.getByLabel("Stage 1 kit").selectOption(new SelectOption().setIndex(1));
            page.click("text=Add a stage");
            page.getByLabel("Stage 2 name").fill("Onsite");
            page.getByLabel("Stage 2 kit").selectOption(new SelectOption().setIndex(1));
            page.click("#new-opening button[type=submit]");
            assertThat(page.locator("#opening-title")).hasText("Backend engineer");

            page.click("#nav >> text=Candidates");
            page.locator("#new-candidate select[name=openingId]").selectOption(new SelectOption().setLabel("Backend engineer"));
            page.fill("#new-candidate input[name=name]", "Grace Hopper");
            page.fill("#new-candidate input[name=email]", "grace" + domain);
            page.click("#new-candidate button[type=submit]");
            page.locator("#import select[name=openingId]").selectOption(new SelectOption().setLabel("Backend engineer"));
            page.setInputFiles("#import input[type=file]", new FilePayload("candidates.csv", "text/csv", ("name,email\n"
                    + "Alan Turing,alan" + domain + "\nEdsger Dijkstra,edsger" + domain + "\nBarbara Liskov,barbara" + domain + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            page.click("#import button");
            page.click("#import-confirm");
            assertThat(page.locator("#candidates li")).hasCount(4);

            page.click("#candidates li a >> text=Grace Hopper");
            page.locator("#schedule select[name=stageId]").selectOption(new SelectOption().setLabel("1. Phone screen"));
            page.fill("#schedule input[name=date]", "2026-12-20");
            page.fill("#schedule input[name=time]", "10:00");
            for (String interviewer : INTERVIEWERS) {
                page.fill("#panel-search", interviewer.split(" ")[0]);
                page.click("#panel-matches button");
            }
            assertThat(page.locator("#panel-chosen li")).hasCount(3);
            page.click("#schedule-submit");
            assertThat(page.locator("#progress li").first()).containsText("0 of 3 scorecards submitted");
            signOut(page);

            // Each interviewer scores and submits from their home.
            for (String interviewer : INTERVIEWERS) {
                signIn(page, email(interviewer, domain), PASSWORD);
                assertThat(page.locator("#my-interviews li")).hasCount(1);
                page.click("#my-interviews a");
                assertThat(page.locator("#prep-facts")).containsText("Grace Hopper");
                int questions = page.locator("#steps button").count() - 1;
                for (int question = 0; question < questions; question++) {
                    page.click("#q-rubric button[data-level='3']");
                    page.click("#next");
                }
                page.check("input[name=recommendation][value=YES]");
                page.click("#submit");
                assertThat(page.locator("#submitted")).isVisible();
                page.click("#nav >> text=Home");
                assertThat(page.locator("#my-interviews-empty")).isVisible();
                signOut(page);
            }

            // The hiring manager reads the report and decides.
            signIn(page, "hugo" + domain, PASSWORD);
            assertThat(page.locator("#awaiting-decision li")).hasCount(1);
            page.click("#awaiting-decision a >> text=Grace Hopper");
            assertThat(page.locator("#candidate-report h1")).hasText("Grace Hopper");
            page.goBack();
            page.click("#awaiting-decision a >> text=Decide");
            page.check("#decision input[value=HIRE]");
            page.fill("#decision textarea[name=reason]", "Strong across the panel");
            page.click("#decision button");
            assertThat(page.locator("#candidate-meta")).containsText("Hired");
            Axe.check(page);
        }
        Response candidates = api.get(tenant.admin().token(), "/api/v1/candidates?status=HIRED");
        assertThat(candidates.<List<Object>>get("items")).hasSize(1);
        assertThat(candidates.string("items[0].name")).isEqualTo("Grace Hopper");
    }

    private static String email(String name, String domain) {
        return name.split(" ")[0].toLowerCase() + domain;
    }

    private static void addPerson(Page page, String name, String email, String role) {
        page.fill("#new-person input[name=name]", name);
        page.fill("#new-person input[name=email]", email);
        page.locator("#new-person").getByLabel(role).check();
        page.fill("#new-person input[name=password]", PASSWORD);
        page.click("#new-person button[type=submit]");
        assertThat(page.locator("#save-status")).hasText("Added " + name + ".");
    }

    private static void signIn(Page page, String email, String password) {
        page.fill("input[name=username]", email);
        page.fill("input[name=password]", password);
        page.click("#login-form button");
        assertThat(page.locator("#who")).isVisible();
    }

    private static void signOut(Page page) {
        page.click("#logout");
        assertThat(page.locator("#login-view")).isVisible();
    }
}
