package dev.tally.report;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.PrintedPages;
import dev.tally.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The opening, calibration and compare views of the reports page in a real Chromium, over the hand-computed opening:
 * each picture against the JSON it was drawn from (and the distribution against the opening report's own rows), the
 * comparison of candidates ticked with the keyboard, print, 390 px phones and axe-core.
 */
class OpeningPicturesBrowserTest extends ApiTest {

    private HandComputedHiring world;
    private String manager;

    @BeforeEach
    void theHandComputedOpening() {
        world = new HandComputedHiring(fixtures, hiring);
        manager = world.tenant.hiringManager().token();
    }

    @Test
    void theDistributionAndFunnelSayWhatTheReportSays() {
        Response summary = api.get(manager, "/api/v1/openings/" + world.opening + "/report/summary");
        Response report = api.get(manager, "/api/v1/openings/" + world.opening + "/report?size=100");
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/openings/" + world.opening, world.tenant.hiringManager());
            Locator distribution = page.locator("svg#w-distribution");
            assertThat(distribution).hasAttribute("role", "img");
            assertThat(distribution).hasAttribute("aria-labelledby", "w-distribution-title w-distribution-desc");
            assertThat(page.locator("#opening-rows tr")).hasCount(4);

            // every drawn column, against the summary and against the opening report's rows binned by hand
            Map<String, Integer> drawn = new HashMap<>();
            for (Locator bin : distribution.locator("rect.bin").all()) {
                drawn.put(bin.getAttribute("data-bin") + " " + bin.getAttribute("data-decision"), Integer.valueOf(bin.getAttribute("data-count")));
            }
            Map<String, Integer> summarised = new HashMap<>();
            List<Map<String, Object>> bins = summary.get("distribution");
            for (int i = 0; i < bins.size(); i++) {
                int index = i;
                summary.<Map<String, Number>>get("distribution[" + i + "].candidates").forEach((decision, count) -> {
                    if (count.intValue() > 0) {
                        summarised.put(index + " " + decision, count.intValue());
                    }
                });
            }
            Map<String, Integer> fromRows = new HashMap<>();
            int unscored = 0;
            for (Map<String, Object> row : report.items()) {
                @SuppressWarnings("unchecked")
                Number w = (Number) ((Map<String, Object>) row.get("overall")).get("score");
                if (w == null) {
                    unscored++;
                } else {
                    fromRows.merge(Math.min(11, (int) Math.floor((w.doubleValue() - 1) / 0.25 + 1e-9)) + " " + row.get("suggestedDecision"), 1, Integer::sum);
                }
            }
            assertThat(drawn).isEqualTo(summarised).isEqualTo(fromRows).isEqualTo(Map.of("0 REJECT", 1, "3 REJECT", 1, "7 DISCUSS", 1));
            assertThat(distribution.locator("text.unscored")).hasAttribute("data-count", String.valueOf(unscored));
            Set<Double> minimums = new HashSet<>();
            for (Locator line : distribution.locator("line.min-overall").all()) {
                minimums.add(Double.valueOf(line.getAttribute("data-min-overall")));
            }
            assertThat(minimums).containsExactlyInAnyOrder(2.0, 2.5);
            String said = page.locator("#w-distribution-desc").textContent();
            assertThat(said).contains("W 1.00 to 1.25: 1 Reject").contains("W 1.75 to 2.00: 1 Reject").contains("W 2.75 to 3.00: 1 Discuss")
                    .contains("Without a score yet: 1 (1 Incomplete)").contains("minOverall 2.00 at Screen").contains("minOverall 2.50 at Onsite");
            assertThat(page.locator("#distribution-figure figcaption")).containsText("Overall W of the 4 candidate(s)");
            assertThat(distribution).containsText("Advance");  // the legend says the colours in words

            Locator funnel = page.locator("svg#funnel");
            assertThat(funnel).hasAttribute("role", "img");
            List<Map<String, Object>> steps = summary.get("funnel");
            String funnelSaid = page.locator("#funnel-desc").textContent();
            for (int i = 0; i < steps.size(); i++) {
                String name = summary.string("funnel[" + i + "].name");
                long total = (long) summary.number("funnel[" + i + "].total");
                assertThat(funnelSaid).contains(name + ": " + total);
                int index = i;
                summary.<Map<String, Number>>get("funnel[" + i + "].candidates").forEach((status, count) -> {
                    Locator bar = funnel.locator("rect.step[data-step='" + index + "'][data-status='" + status + "']");
                    if (count.intValue() == 0) {
                        assertThat(bar).hasCount(0);
                    } else {
                        assertThat(bar).hasAttribute("data-count", String.valueOf(count.intValue()));
                    }
                });
            }
            assertThat(funnelSaid).contains("All candidates: 4 (4 Active)").contains("Screen: 3 with an interview, 2 completed (3 Active)")
                    .contains("Onsite: 2 with an interview, 1 completed (2 Active)");
            Axe.check(page);

            List<String> printed = PrintedPages.laidOut(page);
            String all = String.join("\n", printed);
            assertThat(printed.get(0)).startsWith("Django lead").doesNotContain("Sign out").doesNotContain("Interviewer calibration");
            assertThat(all).doesNotContain("Compare the chosen").doesNotContain("Previous page").contains("How this was computed")
                    .contains("Xavier").contains("Zoe").contains("Final");
            assertThat(all.replaceAll("\\s+", " ")).contains(report.string("formula").replaceAll("\\s+", " ").substring(0, 60));

            page.setViewportSize(390, 844);
            assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(390);
            Axe.check(page);
        }
    }

    @Test
    void eachInterviewersLeniencyIsDrawnWithTheThresholdAndItsInterval() {
        Response calibration = api.get(manager, "/api/v1/openings/" + world.opening + "/calibration");
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/openings/" + world.opening + "/calibration",
                    world.tenant.hiringManager());
            Locator chart = page.locator("svg#leniency");
            assertThat(chart).hasAttribute("role", "img");
            assertThat(chart).hasAttribute("aria-labelledby", "leniency-title leniency-desc");
            assertThat(page.locator("#calibration-title")).containsText("Django lead");

            double threshold = calibration.number("flagThreshold");
            assertThat(chart.locator("line.threshold")).hasCount(2);
            assertThat(Double.parseDouble(chart.locator("line.threshold").first().getAttribute("data-threshold"))).isEqualTo(-threshold);
            assertThat(Double.parseDouble(chart.locator("line.threshold").last().getAttribute("data-threshold"))).isEqualTo(threshold);
            String said = page.locator("#leniency-desc").textContent();
            assertThat(said).contains("Flag threshold ±" + String.format(Locale.ROOT, "%.2f", threshold));
            List<Map<String, Object>> interviewers = calibration.get("interviewers");
            assertThat(interviewers).hasSize(3);
            int intervals = 0;
            for (Map<String, Object> row : interviewers) {
                String id = (String) row.get("interviewerId");
                Number leniency = (Number) row.get("leniency");
                Locator dot = chart.locator("circle.leniency[data-interviewer='" + id + "']");
                Locator whisker = chart.locator("line.interval[data-interviewer='" + id + "']");
                if (leniency == null) {
                    assertThat(dot).hasCount(0);
                    assertThat(said).contains(row.get("interviewerName") + ": no comparisons yet");
                    continue;
                }
                assertThat(Double.parseDouble(dot.getAttribute("data-leniency"))).isCloseTo(leniency.doubleValue(), within(1e-12));
                assertThat(said).contains(row.get("interviewerName") + ": L_r " + signed(leniency.doubleValue()) + " over "
                        + row.get("comparisons") + " comparison(s) in " + row.get("interviews") + " interview(s)");
                @SuppressWarnings("unchecked")
                Map<String, Number> interval = (Map<String, Number>) row.get("leniencyInterval");
                if (interval == null) {
                    assertThat(whisker).hasCount(0);
                } else {
                    intervals++;
                    assertThat(Double.parseDouble(whisker.getAttribute("data-lower"))).isCloseTo(interval.get("lower").doubleValue(), within(1e-12));
                    assertThat(Double.parseDouble(whisker.getAttribute("data-upper"))).isCloseTo(interval.get("upper").doubleValue(), within(1e-12));
                    assertThat(said).contains("95% interval " + signed(interval.get("lower").doubleValue()) + " to "
                            + signed(interval.get("upper").doubleValue()));
                }
            }
            assertThat(intervals).as("P1 compared in two interviews: an interval").isEqualTo(1);
            Axe.check(page);

            page.setViewportSize(390, 844);
            assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(390);
            Axe.check(page);
        }
    }

    /** Lenny gives 4 where three colleagues give 3 on five items in three interviews: +1 over 15 comparisons, an interval of [+1, +1], flagged. */
    @Test
    void aFlaggedInterviewerIsRedAndSaidToBeFlagged() {
        LenientPanel panel = LenientPanel.build(fixtures, hiring);
        panel.anInterview(api, hiring, panel.opening(), "Third", "2026-12-06T09:00:00Z", 3);
        Response calibration = api.get(panel.tenant().hiringManager().token(), "/api/v1/openings/" + panel.opening().id() + "/calibration");
        Map<String, Object> lenny = calibration.<List<Map<String, Object>>>get("interviewers").stream()
                .filter(row -> row.get("interviewerId").equals(panel.lenny().id().toString())).findFirst().orElseThrow();
        assertThat(lenny).containsEntry("flagged", true).containsEntry("tendency", "lenient");
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/openings/" + panel.opening().id() + "/calibration",
                    panel.tenant().hiringManager());
            Locator dot = page.locator("svg#leniency circle.leniency[data-interviewer='" + panel.lenny().id() + "']");
            assertThat(dot).hasAttribute("fill", "#a61b1b");
            assertThat(Double.parseDouble(dot.getAttribute("data-leniency"))).isEqualTo(((Number) lenny.get("leniency")).doubleValue());
            assertThat(page.locator("#leniency-desc")).containsText("L_r +1.00 over 15 comparison(s) in 3 interview(s), 95% interval "
                    + "+1.00 to +1.00, flagged lenient");
            assertThat(page.locator("#calibration-rows tr.flagged")).hasCount(1);
            assertThat(page.locator("#calibration-rows tr.flagged")).containsText("Lenient (flagged)");
            Response reliability = api.get(panel.tenant().hiringManager().token(), "/api/v1/openings/" + panel.opening().id() + "/reliability");
            assertThat(reliability.string("kits[0].pooled.status")).isEqualTo("ok");
            Locator pooled = page.locator("#reliability-rows tr[data-alpha='pooled']");
            assertThat(pooled).containsText(String.format(java.util.Locale.ROOT, "%.3f to %.3f",
                    reliability.number("kits[0].pooled.ordinalInterval.lower"), reliability.number("kits[0].pooled.ordinalInterval.upper")));
            assertThat(pooled).containsText(String.format(java.util.Locale.ROOT, "%.3f", reliability.number("kits[0].pooled.ordinal")));
            String reading = reliability.string("kits[0].pooled.ordinalReading");
            assertThat(pooled).containsText(reading.charAt(0) + reading.substring(1).toLowerCase());
            Axe.check(page);
        }
    }

    @Test
    void theHiringManagerTicksTwoCandidatesWithTheKeyboardAndReadsThemSideBySide() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/openings/" + world.opening, world.tenant.hiringManager());
            assertThat(page.locator("#opening-rows tr")).hasCount(4);
            assertThat(page.locator("#compare")).isDisabled();
            page.getByLabel("Compare Xavier").focus();
            page.keyboard().press("Space");
            assertThat(page.locator("#compare-hint")).containsText("1 chosen: Xavier. Tick at least one more.");
            page.getByLabel("Compare Victor").focus();
            page.keyboard().press("Space");
            assertThat(page.locator("#compare")).isEnabled();
            page.locator("#compare").focus();
            page.keyboard().press("Enter");

            assertThat(page.locator("#compare-view")).isVisible();
            Response compared = api.get(manager, "/api/v1/openings/" + world.opening + "/compare?candidate=" + world.xavier
                    + "&candidate=" + world.victor);
            Locator head = page.locator("#compare-head th[scope=col]");
            assertThat(head).hasText(new String[] {"Candidate", "Xavier", "Victor"});
            Locator overall = page.locator("#compare-rows tr", new Page.LocatorOptions().setHasText("Overall W"));
            assertThat(overall.locator("td")).hasText(new String[] {
                    String.format(Locale.ROOT, "%.2f (%d%%)", compared.number("candidates[0].overall.score"),
                            Math.round(compared.number("candidates[0].overall.percent"))),
                    String.format(Locale.ROOT, "%.2f (%d%%)", compared.number("candidates[1].overall.score"),
                            Math.round(compared.number("candidates[1].overall.percent")))});
            for (Map<String, Object> competency : compared.<List<Map<String, Object>>>get("candidates[0].competencies")) {
                Locator row = page.locator("#compare-rows tr", new Page.LocatorOptions().setHasText((String) competency.get("competencyName")));
                assertThat(row.locator("th")).hasText((String) competency.get("competencyName"));
                assertThat(row.locator("td").first()).containsText(String.format(Locale.ROOT, "%.2f", ((Number) competency.get("score")).doubleValue()));
            }
            assertThat(page.locator("#compare-rows tr", new Page.LocatorOptions().setHasText("Suggested decision")).locator("td"))
                    .hasText(new String[] {"Discuss", "Reject"});
            assertThat(page.locator("#compare-rows tr", new Page.LocatorOptions().setHasText("Red flags")).locator("td").first())
                    .containsText("Wanted raw SQL for every query");
            Locator recommendations = page.locator("#compare-rows tr", new Page.LocatorOptions().setHasText("Who recommended what"));
            assertThat(recommendations.locator("td").first()).containsText("Strong yes");
            assertThat(recommendations.locator("td").last()).containsText("(Screen): No");
            assertThat(page.locator("#compare-view table")).not().containsText("STRONG_YES");
            Axe.check(page);

            page.setViewportSize(390, 844);
            assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(390);
            Axe.check(page);

            List<String> printed = PrintedPages.laidOut(page);
            assertThat(printed.get(0)).startsWith("Comparing 2 candidates").doesNotContain("Opening").doesNotContain("Print");
            assertThat(String.join("\n", printed)).contains("Interviews");
        }
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + String.format(Locale.ROOT, "%.2f", Math.abs(value));
    }
}
