package dev.tally.report;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The candidate report as a printable page: one to three A4 pages from a browser's print dialogue. Every text that
 * users entered (names, notes, titles, reasons) is escaped.
 */
final class CandidateReportPage {

    /** An absolute path, so the page is styled both on its own and embedded in the reports page. */
    private static final String STYLESHEET = "/app/report.css";

    private CandidateReportPage() {
    }

    static String render(ReportViews.CandidateReport report) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.candidateName())).append(" — hiring report</title><link rel=\"stylesheet\" href=\"")
                .append(STYLESHEET).append("\"></head><body>");
        html.append("<h1>").append(escape(report.candidateName())).append("</h1><p class=\"muted\">")
                .append(escape(report.openingTitle())).append(" · ").append(escape(report.candidateEmail())).append(" · status ")
                .append(escape(report.status())).append("</p>");
        html.append("<h2>Summary</h2><table><tr><th>Overall W</th><th>Percent</th><th>Leniency-adjusted W</th>")
                .append(report.originalOverall() == null ? "" : "<th>Original W (before amendments)</th>")
                .append("<th>Suggested decision</th><th>Final decision</th></tr><tr><td class=\"num\">").append(number(report.overall().score()))
                .append("</td><td class=\"num\">").append(number(report.overall().percent())).append("</td><td class=\"num\">")
                .append(number(report.leniencyAdjusted().score())).append("</td>")
                .append(report.originalOverall() == null ? "" : "<td class=\"num\">" + number(report.originalOverall().score()) + "</td>")
                .append("<td class=\"decision\">").append(report.suggestedDecision().decision()).append("</td><td>")
                .append(report.finalDecision() == null ? "—" : escape(report.finalDecision().decision() + ": " + report.finalDecision().reason()))
                .append("</td></tr></table>");
        html.append("<h3>Why</h3><ul>");
        report.suggestedDecision().reasons().forEach(reason -> html.append("<li>").append(escape(reason.message())).append("</li>"));
        html.append("</ul>");
        html.append("<h3>Competencies</h3><table><tr><th>Competency</th><th>W<sub>c</sub></th><th>Raters</th><th>Coverage</th></tr>");
        report.competencies().forEach(c -> html.append("<tr><td>").append(escape(c.competency())).append("</td><td class=\"num\">")
                .append(number(c.score())).append("</td><td class=\"num\">").append(c.raters()).append("</td><td>")
                .append(escape(c.coverage())).append("</td></tr>"));
        html.append("</table>");
        if (!report.redFlags().isEmpty()) {
            html.append("<h3>Red flags</h3><table><tr><th>Flag</th><th>Severity</th><th>Knockout</th><th>Interview</th><th>By</th><th>Evidence</th></tr>");
            report.redFlags().forEach(flag -> html.append("<tr><td>").append(escape(flag.title())).append("</td><td>").append(escape(flag.severity()))
                    .append("</td><td>").append(flag.knockout() ? "yes" : "no").append("</td><td>").append(escape(flag.stage()))
                    .append("</td><td>").append(escape(flag.interviewer())).append("</td><td class=\"note\">").append(escape(flag.note()))
                    .append("</td></tr>"));
            html.append("</table>");
        }
        for (ReportViews.InterviewReport interview : report.interviews()) {
            html.append("<h2>").append(escape(interview.stage())).append(" <span class=\"muted\">— ").append(escape(interview.kit().name()))
                    .append(" v").append(interview.kit().version()).append(", ").append(interview.scheduledAt()).append("</span></h2>");
            if (interview.hiddenUntilYouSubmit()) {
                html.append("<p class=\"hidden-scores\">Hidden until you submit your own scorecard for this interview.</p>");
                continue;
            }
            html.append("<p>W<sub>I</sub> ").append(number(interview.overall().score())).append(" · decision <span class=\"decision\">")
                    .append(interview.decision().decision()).append("</span>")
                    .append(interview.notSubmitted().isEmpty() ? "" : " · not submitted: " + escape(String.join(", ", interview.notSubmitted())))
                    .append("</p><table><tr><th>#</th><th>Question</th><th>Weight</th><th>Scores</th><th class=\"num\">n</th>")
                    .append("<th class=\"num\">Mean</th><th class=\"num\">Spread</th></tr>");
            for (ReportViews.ItemReport item : interview.items()) {
                // One line of scores per item and the evidence beneath it keeps a 20-item, 5-interviewer loop within three pages.
                String scores = item.scores().stream().map(score -> escape(score.interviewerName()) + " <b>"
                        + (score.notAssessed() ? "n/a" : String.valueOf(score.score())) + "</b>")
                        .collect(Collectors.joining(" · "));
                String notes = item.scores().stream().filter(score -> !score.note().isBlank())
                        .map(score -> escape(score.interviewerName()) + ": " + escape(score.note()))
                        .collect(Collectors.joining("; "));
                if (!notes.isEmpty()) {
                    scores += "<div class=\"note\">" + notes + "</div>";
                }
                html.append("<tr><td>").append(item.position()).append("</td><td>").append(escape(item.questionCode())).append(" v")
                        .append(item.questionVersion()).append(" <span class=\"muted\">").append(escape(item.competency())).append("</span></td><td class=\"num\">")
                        .append(item.weight()).append("</td><td>").append(scores).append("</td><td class=\"num\">").append(item.n())
                        .append("</td><td class=\"num\">").append(number(item.mean())).append("</td><td class=\"num\">")
                        .append(item.spread() == null ? "—" : item.spread()).append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h2>How this was computed</h2><p class=\"note\">").append(escape(report.formula())).append("</p><p class=\"note\">")
                .append(escape(report.leniency())).append("</p></body></html>");
        return html.toString();
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

    private static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
