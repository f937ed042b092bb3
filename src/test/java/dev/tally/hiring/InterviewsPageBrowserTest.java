package dev.tally.hiring;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The Interviews page in a real Chromium: an interviewer's own, one click from scoring; a recruiter's, all of them. */
class InterviewsPageBrowserTest extends ApiTest {

    @Test
    void anInterviewerSeesTheirOwnInterviewsAndWhatIsLeftToScoreARecruiterSeesEveryOne() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Member ivy = tenant.interviewer();
        Member omar = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        UUID scored = hiring.anOnsiteInterview(tenant, opening, hiring.aCandidate(tenant, opening, "Grace Hopper"), List.of(ivy));
        hiring.submitAComplete(ivy, scored, 3, "YES");
        hiring.anOnsiteInterview(tenant, opening, hiring.aCandidate(tenant, opening, "Alan Turing"), List.of(ivy));
        hiring.anOnsiteInterview(tenant, opening, hiring.aCandidate(tenant, opening, "Edsger Dijkstra"), List.of(omar));
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/interviews.html", ivy);
            assertThat(page.locator("#interviews-title")).hasText("My interviews");
            assertThat(page.locator("#interviews-list li")).hasCount(2);
            assertThat(page.locator("#staff-filters")).isHidden();
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            page.check("#interviews-query input[name=pending]");
            page.click("#interviews-query button");
            assertThat(page.locator("#interviews-list li")).hasCount(1);
            page.click("#interviews-list a >> text=Score");
            assertThat(page.locator("#context")).containsText("Alan Turing");

            page.click("#logout");
            page.fill("input[name=username]", tenant.recruiter().email());
            page.fill("input[name=password]", tenant.recruiter().password());
            page.click("#login-form button");
            page.click("#nav >> text=Interviews");
            assertThat(page.locator("#interviews-list li")).hasCount(3);
            page.click("#interviews-list a >> text=Edsger Dijkstra");
            assertThat(page.locator("#candidate-name")).hasText("Edsger Dijkstra");
        }
    }
}
