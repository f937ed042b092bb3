package dev.tally.scorecard;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interviewer's live scoring page in a real Chromium: one question at a time, every change saved as it is made,
 * nothing lost or applied twice when the connection drops, and the page never runs what someone typed.
 */
class LiveScoringPageBrowserTest extends ApiTest {

    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned = 1\"> Ada";

    private Member interviewer;
    private Member coPanelist;
    private UUID interview;

    @BeforeEach
    void aPhoneScreenOnTheInterviewersList() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        // A résumé link is one long word: on a phone it must wrap, not push the page sideways.
        UUID candidate = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening.id(),
                "name", HOSTILE_NAME, "email", "ada@example.test",
                "link", "https://cv.example.com/candidates/ada-lovelace-analytical-engine-notes-2026.pdf")).string("id"));
        interviewer = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        coPanelist = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.screenStageId(), "scheduledAt", "2026-12-01T10:00:00Z",
                "panel", List.of(interviewer.id(), coPanelist.id()))).string("id"));
    }

    @Test
    void anInterviewerScoresQuestionByQuestionThroughADroppedConnectionAndSubmits() {
        // Saves retry with backoff after a dropped connection: allow them the time.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = logIn(context);
            assertThat(page.locator("#context")).containsText(HOSTILE_NAME);
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);

            // Question 1: a score, a key point and a note, each saved as it is made.
            page.click("#q-rubric button[data-level='3']");
            page.locator("#q-key-points input").first().check();
            page.fill("#q-note", "Explained when the ORM's lazy loading hurts");
            assertThat(page.locator("#save-status")).hasText("All changes saved");
            assertThat(item(1)).containsEntry("score", 3).containsEntry("keyPoints", List.of(0))
                    .containsEntry("note", "Explained when the ORM's lazy loading hurts");

            // Another device saves question 2: the page's next save is stale, is re-applied on top, and the page
            // shows the other device's answer.
            int current = version();
            api.put(interviewer.token(), "/api/v1/interviews/" + interview + "/scorecard/items/2",
                    Map.of("baseVersion", current, "score", 1, "note", "Saved from the tablet"));
            page.fill("#q-note", "Explained when the ORM's lazy loading hurts, with an N+1 example");
            assertThat(page.locator("#save-status")).hasText("All changes saved");
            assertThat(item(1)).containsEntry("note", "Explained when the ORM's lazy loading hurts, with an N+1 example");
            page.click("#next");
            assertThat(page.locator("#q-note")).hasValue("Saved from the tablet");
            assertThat(page.locator("#q-rubric button[data-level='1']")).hasAttribute("aria-pressed", "true");

            // Question 2, offline: the change waits on the device and goes out when the connection returns.
            context.setOffline(true);
            page.keyboard().press("4");
            page.fill("#q-note", "Designed the permissions model unprompted");
            assertThat(page.locator("#save-status")).containsText("Offline");
            assertThat(item(2)).containsEntry("note", "Saved from the tablet");
            context.setOffline(false);
            assertThat(page.locator("#save-status")).hasText("All changes saved");
            assertThat(item(2)).containsEntry("score", 4).containsEntry("note", "Designed the permissions model unprompted");

            // Question 3: the save reaches the server but its answer is lost; the retry carries the same key, so it
            // applies once. Then a reload while saves fail: the change kept on the device is shown and sent later.
            page.click("#next");
            assertThat(page.locator("#save-status")).hasText("All changes saved");
            int before = version();
            AtomicInteger attempts = new AtomicInteger();
            page.route("**/scorecard/items/3", route -> {
                if (attempts.incrementAndGet() == 1) {
                    route.fetch();
                    route.abort();
                } else {
                    route.resume();
                }
            });
            page.click("#q-rubric button[data-level='2']");
            assertThat(page.locator("#save-status")).hasText("All changes saved");
            assertThat(attempts.get()).isGreaterThanOrEqualTo(2);
            assertThat(version()).isEqualTo(before + 1);
            page.unroute("**/scorecard/items/3");

            page.route("**/scorecard/items/3", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)));
            page.fill("#q-note", "Walked through a failing migration");
            assertThat(page.locator("#save-status")).containsText("Offline");
            page.reload();
            assertThat(page.locator("#q-note")).hasValue("Walked through a failing migration");
            // Another reload revalidates the interview, kept from the last load: unchanged (the panel's
            // statuses are what they were), so it is a 304 without a body, and the page is the same.
            List<Integer> interviewReads = new CopyOnWriteArrayList<>();
            page.onResponse(response -> {
                if (response.request().method().equals("GET") && response.url().contains("/api/v1/interviews/" + interview + "?")) {
                    interviewReads.add(response.status());
                }
            });
            page.reload();
            assertThat(page.locator("#q-note")).hasValue("Walked through a failing migration");
            assertThat(page.locator("#q-rubric button[data-level='2']")).hasAttribute("aria-pressed", "true");
            assertThat(interviewReads).containsExactly(304);
            page.unroute("**/scorecard/items/3");
            assertThat(page.locator("#save-status")).hasText("All changes saved");
            assertThat(item(3)).containsEntry("score", 2).containsEntry("note", "Walked through a failing migration");

            // Wrap up: submitting without a recommendation lists the problem; with one, the scorecard is submitted.
            page.click("text=Wrap up");
            page.click("#submit");
            assertThat(page.locator("#submit-problems")).containsText("recommendation");
            page.check("input[name=recommendation][value=YES]");
            page.fill("#summary", "Strong on data modelling");
            assertThat(page.locator("#panel")).isHidden();
            hiring.submitAComplete(coPanelist, interview, 2, "NO");
            page.click("#submit");
            assertThat(page.locator("#submitted")).isVisible();
            assertThat(page.locator("#panel-rows tr")).hasCount(4);
            assertThat(page.locator("#panel-rows tr").first().locator("td.num").allTextContents()).containsExactlyInAnyOrder("3", "2");
            assertThat(page.locator("#panel-waiting")).hasText("Everyone on the panel has submitted.");
            Axe.check(page);
            assertThat(page.locator("#summary")).isDisabled();
            Response own = api.get(interviewer.token(), "/api/v1/interviews/" + interview + "/scorecard");
            assertThat(own.string("status")).isEqualTo("SUBMITTED");
            assertThat(own.string("recommendation")).isEqualTo("YES");

            // Amending reopens it with a reason; the submitted revision keeps counting meanwhile.
            page.fill("#amend-reason", "Re-read my notes on question 3");
            page.click("#amend");
            assertThat(page.locator("#summary")).isEnabled();
            assertThat(page.locator("#amending")).containsText("Re-read my notes on question 3");
            assertThat(api.get(interviewer.token(), "/api/v1/interviews/" + interview + "/scorecard").string("status"))
                    .isEqualTo("AMENDING");
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        }
    }

    /**
     * Every request of the scorecard may be lost, lose its answer after the server applied it, or meet a 503. Once the
     * connection heals, the server holds exactly what the interviewer last entered on every question.
     */
    @Test
    void aFlakyConnectionLosesNothing() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = logIn(context);
            Random random = new Random(7);
            AtomicBoolean flaky = new AtomicBoolean(true);
            page.route("**/scorecard/**", route -> {
                int fate = flaky.get() ? random.nextInt(9) : 8;
                if (fate == 0) {
                    route.abort();
                } else if (fate == 1) {
                    route.fetch();
                    route.abort();
                } else if (fate == 2) {
                    route.fulfill(new Route.FulfillOptions().setStatus(503));
                } else {
                    route.resume();
                }
            });

            int[] scores = {2, 4, 3};
            for (int position = 1; position <= 3; position++) {
                page.click("#q-rubric button[data-level='" + (5 - scores[position - 1]) + "']");
                page.fill("#q-note", "First thoughts on " + position);
                page.locator("#q-key-points input").nth(position - 1).check();
                page.click("#q-rubric button[data-level='" + scores[position - 1] + "']");
                page.fill("#q-note", "Settled view on question " + position);
                page.click("#next");
            }
            flaky.set(false);

            assertThat(page.locator("#save-status")).hasText("All changes saved");
            for (int position = 1; position <= 3; position++) {
                assertThat(item(position)).containsEntry("score", scores[position - 1])
                        .containsEntry("note", "Settled view on question " + position)
                        .containsEntry("keyPoints", List.of(position - 1));
            }
        }
    }

    /**
     * The kit version an interview pins never changes: the first load reads it from the service, a reload takes it
     * from the browser's cache without asking (a 304 would still transfer its headers), and the page shows the same.
     */
    @Test
    void aReloadTakesTheKitFromTheBrowsersCache() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = logIn(context);
            assertThat(page.locator("#q-position")).containsText("Question 1 of");
            assertThat(kitTransfers(page)).hasSize(1).allMatch(bytes -> bytes > 1_000);

            page.reload();

            assertThat(page.locator("#q-position")).containsText("Question 1 of");
            assertThat(page.locator("#q-rubric button")).hasCount(4);
            assertThat(kitTransfers(page)).as("bytes over the network for the kit").containsExactly(0L);
        }
    }

    /** What each read of a kit version cost over the network in this page load: 0 when the browser's cache answered. */
    private static List<Long> kitTransfers(Page page) {
        List<?> sizes = (List<?>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter((entry) => entry.name.includes('/api/v1/kit-versions/')).map((entry) => entry.transferSize)");
        return sizes.stream().map(size -> ((Number) size).longValue()).toList();
    }

    @Test
    void thePageLoadsOnlyItsOwnScriptsAndStyles() {
        Response page = api.get(null, "/app/score.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** Logs the interviewer in on the page and opens the interview. */
    private Page logIn(BrowserContext context) {
        Page page = Chromium.logIn(context, server.getURI(), "/app/score.html", interviewer);
        page.click("#interviews a");
        return page;
    }

    private Map<String, Object> item(int position) {
        List<Map<String, Object>> items = api.get(interviewer.token(), "/api/v1/interviews/" + interview + "/scorecard").get("items");
        return items.stream().filter(item -> ((Number) item.get("position")).intValue() == position).findFirst().orElse(null);
    }

    private int version() {
        return api.get(interviewer.token(), "/api/v1/interviews/" + interview + "/scorecard").<Number>get("version").intValue();
    }
}
