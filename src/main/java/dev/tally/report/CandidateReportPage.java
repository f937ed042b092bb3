package dev.tally.report;

import dev.tally.common.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The candidate report as a printable page, the debrief a hiring manager decides from: the numbers and their pictures,
 * each panelist's recommendation, summary and red flags side by side, and the decision. The reports page shows the
 * same markup in place. Every text that users entered (names, notes, summaries, titles, reasons) is escaped, and the
 * page carries no script.
 */
final class CandidateReportPage {

    /** An absolute path, so the page is styled both on its own and shown in the reports page. */
    private static final String STYLESHEET = "/app/report.css";

    private CandidateReportPage() {
    }

    /**
     * Whose clock and language the dates are written in. The page has no script to format them in the browser, so the
     * reader's page passes its time zone and language; without them, UTC and English.
     */
    record Reader(ZoneId zone, Locale locale) {

        static final Reader DEFAULT = new Reader(ZoneId.of("UTC"), Locale.ENGLISH);

        static Reader of(String zone, String locale) {
            ZoneId zoneId = DEFAULT.zone();
            Locale language = DEFAULT.locale();
            if (zone != null && !zone.isBlank()) {
                try {
                    zoneId = ZoneId.of(zone.trim());
                } catch (DateTimeException unknown) {
                    throw new UnreadableReader(new FieldError("zone", "must be a time zone such as Europe/Berlin or UTC"));
                }
            }
            if (locale != null && !locale.isBlank()) {
                try {
                    language = new Locale.Builder().setLanguageTag(locale.trim()).build();
                } catch (IllformedLocaleException illFormed) {
                    throw new UnreadableReader(new FieldError("locale", "must be a language tag such as en-GB or de"));
                }
            }
            return new Reader(zoneId, language);
        }

        /** A query value that names no time zone or language: a malformed request (400), like any unreadable query value. */
        static final class UnreadableReader extends RuntimeException {
            private final FieldError error;

            UnreadableReader(FieldError error) {
                super(error.field() + " " + error.message());
                this.error = error;
            }

            FieldError error() {
                return error;
            }
        }

        /** A {@code <time>} element: the instant for machines, the reader's date and time for people. */
        String time(Instant instant) {
            if (instant == null) {
                return "";
            }
            String shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
                    .format(instant) + " " + zone.getId();
            return "<time datetime=\"" + instant + "\">" + escape(shown) + "</time>";
        }
    }

    /** The whole page: a document of its own, printable as it is. */
    static String render(ReportViews.CandidateReport report, Reader reader) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
                + "initial-scale=1\"><title>" + escape(report.candidateName()) + " — hiring report</title><link rel=\"stylesheet\" href=\""
                + STYLESHEET + "\"></head><body class=\"printable-report\"><main>" + article(report, reader) + "</main></body></html>";
    }

    /** The report itself, the part the reports page shows in place. */
    static String article(ReportViews.CandidateReport report, Reader reader) {
        CandidateCharts charts = new CandidateCharts(report);
        StringBuilder html = new StringBuilder("<article class=\"candidate-report\">");
        html.append("<h1>").append(escape(report.candidateName())).append("</h1><p class=\"muted\">")
                .append(escape(report.openingTitle())).append(" · ").append(escape(report.candidateEmail())).append(" · status: ")
                .append(words(report.status())).append("</p>");
        summary(html, report, reader);
        html.append("<h3>Competencies</h3>").append(charts.competencyProfile(report));
        html.append(scroll("Competencies")).append("<tr><th>Competency</th><th class=\"num\">W<sub>c</sub></th><th>90% band</th><th class=\"num\">Raters</th>")
                .append("<th>Coverage</th></tr>");
        report.competencies().forEach(c -> html.append("<tr><td>").append(escape(c.competencyName())).append("</td><td class=\"num\">")
                .append(number(c.score())).append("</td><td>").append(band(c.band())).append("</td><td class=\"num\">").append(c.raters()).append("</td><td>")
                .append(escape(c.coverage())).append("</td></tr>"));
        html.append("</table></div>");
        int index = 0;
        for (ReportViews.InterviewReport interview : report.interviews()) {
            interview(html, interview, charts, index++, reader);
        }
        html.append("<h2>How this was computed</h2><p class=\"note\">").append(escape(report.formula())).append("</p><p class=\"note\">")
                .append(escape(report.leniency())).append("</p></article>");
        return html.toString();
    }

    private static void summary(StringBuilder html, ReportViews.CandidateReport report, Reader reader) {
        html.append("<h2>Summary</h2>").append(scroll("Summary")).append("<tr><th>Overall W</th><th>90% band</th><th>Percent</th><th>Leniency-adjusted W</th>")
                .append(report.originalOverall() == null ? "" : "<th>Original W (before amendments)</th>")
                .append("<th>Suggested decision</th><th>Final decision</th></tr><tr><td class=\"num\">").append(number(report.overall().score()))
                .append("</td><td>").append(band(report.overall().band())).append("</td><td class=\"num\">").append(number(report.overall().percent())).append("</td><td class=\"num\">")
                .append(number(report.leniencyAdjusted().score())).append("</td>")
                .append(report.originalOverall() == null ? "" : "<td class=\"num\">" + number(report.originalOverall().score()) + "</td>")
                .append("<td class=\"decision\" id=\"suggested-decision\">").append(words(report.suggestedDecision().decision().name()))
                .append("</td><td id=\"final-decision\">").append(finalDecision(report.finalDecision(), reader)).append("</td></tr></table></div>");
        html.append("<h3>Why</h3><ul>");
        report.suggestedDecision().reasons().forEach(reason -> html.append("<li>").append(escape(reason.message())).append("</li>"));
        html.append("</ul>");
        Map<String, Integer> recommendations = report.recommendations();
        if (!recommendations.isEmpty()) {
            html.append("<p>Recommendations: ").append(recommendations.entrySet().stream()
                    .map(entry -> entry.getValue() + " × " + words(entry.getKey())).collect(Collectors.joining(", "))).append("</p>");
        }
    }

    private static String finalDecision(ReportViews.FinalDecision decision, Reader reader) {
        if (decision == null) {
            return "None yet";
        }
        return "<strong>" + words(decision.decision()) + "</strong> by " + escape(decision.decidedBy()) + ", " + reader.time(decision.decidedAt())
                + (decision.suggestedThen() == null ? "" : (decision.departsFromSuggestion() ? " — departs from the suggestion then, "
                : " — as suggested then, ") + words(decision.suggestedThen().name()))
                + "<div class=\"note\">" + escape(decision.reason()) + "</div>";
    }

    private static void interview(StringBuilder html, ReportViews.InterviewReport interview, CandidateCharts charts, int index, Reader reader) {
        html.append("<section class=\"interview\"><h2>").append(escape(interview.stage())).append(" <span class=\"muted\">— ")
                .append(escape(interview.kit().name())).append(" v").append(interview.kit().version()).append(", ")
                .append(reader.time(interview.scheduledAt())).append("</span></h2>");
        if (interview.hiddenUntilYouSubmit()) {
            html.append("<p class=\"hidden-scores\">Hidden until you submit your own scorecard for this interview.</p></section>");
            return;
        }
        html.append("<p>W<sub>I</sub> ").append(number(interview.overall().score())).append(" (90% band ")
                .append(band(interview.overall().band())).append(") · suggested decision <span class=\"decision\">")
                .append(words(interview.decision().decision().name())).append("</span>")
                .append(interview.notSubmitted().isEmpty() ? "" : " · not submitted: " + escape(String.join(", ", interview.notSubmitted())))
                .append("</p>");
        panelists(html, interview, reader);
        html.append("<h3>Scores</h3>").append(charts.itemScores(interview, index));
        html.append(scroll("Scores in " + interview.stage())).append("<tr><th>#</th><th>Question</th><th class=\"num\">Weight</th><th>Scores</th>")
                .append("<th class=\"num\">n</th><th class=\"num\">Mean</th><th class=\"num\">Spread</th></tr>");
        for (ReportViews.ItemReport item : interview.items()) {
            // One line of scores per item and the evidence beneath it keeps a 20-item, 5-interviewer loop within a few pages.
            String scores = item.scores().stream().map(score -> escape(score.interviewerName()) + " <b>"
                    + (score.notAssessed() ? "n/a" : String.valueOf(score.score())) + "</b>").collect(Collectors.joining(" · "));
            String notes = item.scores().stream().filter(score -> !score.note().isBlank())
                    .map(score -> escape(score.interviewerName()) + ": " + escape(score.note())).collect(Collectors.joining("; "));
            html.append("<tr><td>").append(item.position()).append("</td><td><b>").append(escape(item.questionCode())).append(" v")
                    .append(item.questionVersion()).append("</b> <span class=\"muted\">").append(escape(item.competencyName()))
                    .append("</span><div class=\"question\">").append(escape(item.questionText())).append("</div></td><td class=\"num\">")
                    .append(item.weight()).append("</td><td>").append(scores).append(notes.isEmpty() ? "" : "<div class=\"note\">" + notes + "</div>")
                    .append("</td><td class=\"num\">").append(item.n()).append("</td><td class=\"num\">").append(number(item.mean()))
                    .append("</td><td class=\"num\">").append(item.spread() == null ? "—" : item.spread()).append("</td></tr>");
        }
        html.append("</table></div></section>");
    }

    /** Who said what: each submitted panelist's recommendation, summary and raised flags with their evidence, side by side. */
    private static void panelists(StringBuilder html, ReportViews.InterviewReport interview, Reader reader) {
        html.append("<h3>Who said what</h3><div class=\"panelists\">");
        for (ReportViews.PanelView seat : interview.panel()) {
            html.append("<section class=\"panelist\"><h4>").append(escape(seat.name())).append("</h4>");
            if (!seat.submitted()) {
                html.append("<p class=\"muted\">Not submitted yet.</p></section>");
                continue;
            }
            html.append("<p><span class=\"recommendation\">").append(words(seat.recommendation())).append("</span> · submitted ")
                    .append(reader.time(seat.submittedAt())).append(seat.amended() ? " (amended)" : "").append("</p>")
                    .append(seat.summary() == null || seat.summary().isBlank() ? "<p class=\"muted\">No summary written.</p>"
                            : "<p class=\"summary\">" + escape(seat.summary()) + "</p>");
            List<ReportViews.FlagView> flags = interview.redFlags().stream()
                    .filter(flag -> flag.interviewerId().equals(seat.interviewerId())).toList();
            if (!flags.isEmpty()) {
                html.append("<ul class=\"flags\">");
                flags.forEach(flag -> html.append("<li><b>").append(escape(flag.title())).append("</b> (").append(words(flag.severity()))
                        .append(flag.knockout() ? ", knockout" : "").append("): ").append(escape(flag.note())).append("</li>"));
                html.append("</ul>");
            }
            html.append("</section>");
        }
        html.append("</div>");
    }

    /** A table that scrolls inside its own box on a narrow screen, never the page; focusable so keyboards can scroll it. */
    private static String scroll(String label) {
        return "<div class=\"table-box\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(label) + "\"><table>";
    }

    /** An enum name in words, as the pages write them: STRONG_YES reads "Strong yes", NO_HIRE "No hire". */
    static String words(String name) {
        if (name == null || name.isEmpty()) {
            return "—";
        }
        return escape(name.charAt(0) + name.substring(1).replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The 90 % band of a composite as "2.45–3.81", or why there is none. */
    static String band(@Nullable CompositeBand band) {
        if (band == null || band.status() == CompositeBand.Status.TOO_FEW_RATINGS) {
            return "too few ratings";
        }
        return number(band.lower()) + "–" + number(band.upper());
    }

    static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
