package dev.tally.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The competency profile puts W_c, each interviewer's mean and the kit's minimum where the 1-4 scale says. */
class CandidateChartsTest {

    private static final UUID IVY = UUID.randomUUID();
    private static final UUID JON = UUID.randomUUID();

    @Test
    void theProfileDrawsTheKitMinimumAndEachInterviewersMeanOnTheScale() {
        ReportViews.ItemReport first = item(1, 4, 2);
        ReportViews.ItemReport second = item(2, 2, 2);
        ReportViews.InterviewReport interview = new ReportViews.InterviewReport(UUID.randomUUID(), "Onsite", Instant.EPOCH,
                new ReportViews.KitRef(UUID.randomUUID(), 1, "Kit", null, Map.of("ORM", new BigDecimal("2.50")), 2),
                List.of(seat(IVY, "Ivy Park"), seat(JON, "Jon Reyes")), List.of(), List.of(first, second),
                ReportViews.Composite.of(2.5), List.of(), List.of(), Map.of(), null, false);
        ReportViews.CandidateReport report = new ReportViews.CandidateReport(UUID.randomUUID(), "Ada", "ada@example.test", "ACTIVE",
                UUID.randomUUID(), "Opening", List.of(interview), ReportViews.Composite.of(2.5), ReportViews.Composite.of(2.5),
                List.of(new ReportViews.CompetencyScore("ORM", "ORM mastery", 2.5, 2, "covered", CompositeBand.of(List.of()))), List.of(), Map.of(), null, null,
                List.of(), false, null, "", "", false, List.of());

        String svg = new CandidateCharts(report).competencyProfile(report);

        assertThat(attribute(svg, "rect class=\"minimum\"[^>]*", "x")).isCloseTo(CandidateCharts.x(2.5) - 1.5, within(0.01));
        // Ivy gave 4 and 2 (mean 3), Jon 2 and 2 (mean 2)
        assertThat(svg).contains("<title>Ivy Park: 3.00</title>").contains("<title>Jon Reyes: 2.00</title>");
        assertThat(attribute(svg, "circle class=\"score\"[^>]*", "cx")).isCloseTo(CandidateCharts.x(3), within(0.01));
        assertThat(svg).contains("ORM mastery: W_c 2.50, kit minimum 2.50, Ivy Park 3.00, Jon Reyes 2.00.");
    }

    private static ReportViews.ItemReport item(int position, int ivy, int jon) {
        return new ReportViews.ItemReport(position, "Q" + position, 1, "A question", "ORM", "ORM mastery", BigDecimal.ONE, true,
                List.of(score(IVY, "Ivy Park", ivy), score(JON, "Jon Reyes", jon)), 2, (ivy + jon) / 2.0, Math.min(ivy, jon),
                Math.max(ivy, jon), Math.abs(ivy - jon));
    }

    private static ReportViews.ScoreView score(UUID interviewer, String name, int score) {
        return new ReportViews.ScoreView(interviewer, name, score, false, null, List.of(), "", 1);
    }

    private static ReportViews.PanelView seat(UUID interviewer, String name) {
        return new ReportViews.PanelView(interviewer, name, true, 1, false, "YES", "", Instant.EPOCH);
    }

    /** The first element matching {@code element}'s value of {@code name}. */
    private static double attribute(String svg, String element, String name) {
        Matcher found = Pattern.compile("<" + element + "\\b" + name + "=\"([0-9.]+)\"").matcher(svg);
        assertThat(found.find()).as(svg).isTrue();
        return Double.parseDouble(found.group(1));
    }
}
