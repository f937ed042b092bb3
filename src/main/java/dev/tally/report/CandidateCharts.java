package dev.tally.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.tally.report.CandidateReportPage.escape;
import static dev.tally.report.CandidateReportPage.number;

/**
 * The candidate report's pictures as inline SVG, drawn on the server so that they print with the page and need no
 * script: a competency profile and, per interview, every item's scores by interviewer. Each is an image with a title
 * and a description that says every number it draws, for readers who cannot see it.
 */
final class CandidateCharts {

    /** Drawn in a 360-unit wide box: at a 390 px phone one unit is about one pixel, so the 12-unit text stays legible. */
    private static final int WIDTH = 360;
    private static final int PAD = 14;
    private static final int PLOT = WIDTH - 2 * PAD;
    private static final int ROW = 34;
    /** Dark enough against white (at least 4.5:1), told apart by name in the legend and the description too. */
    private static final List<String> COLOURS = List.of("#1f5fc4", "#b4430b", "#157a3a", "#7a2bb8", "#a61b1b", "#0b6c84");

    private final Map<UUID, String> interviewers = new LinkedHashMap<>();

    /** Interviewers keep one colour in every chart of the report, in the order they first appear. */
    CandidateCharts(ReportViews.CandidateReport report) {
        report.interviews().forEach(interview -> interview.panel().forEach(seat -> interviewers.putIfAbsent(seat.interviewerId(), seat.name())));
    }

    /** x of a score on the 1-4 scale. */
    static double x(double score) {
        return PAD + (score - 1) / 3 * PLOT;
    }

    /**
     * W_c per competency as a bar, each interviewer's mean score on the competency's items as a dot (a plain mean of the
     * scores they gave, only for this picture), and every kit minimum for the competency as a mark.
     */
    String competencyProfile(ReportViews.CandidateReport report) {
        Map<String, Map<UUID, double[]>> sums = new LinkedHashMap<>();
        Map<String, TreeSet<BigDecimal>> minimums = new LinkedHashMap<>();
        for (ReportViews.InterviewReport interview : report.interviews()) {
            interview.kit().minPerCompetency().forEach((competency, minimum) -> minimums.computeIfAbsent(competency, c -> new TreeSet<>()).add(minimum));
            for (ReportViews.ItemReport item : interview.items()) {
                item.scores().stream().filter(score -> score.score() != null).forEach(score -> {
                    double[] sum = sums.computeIfAbsent(item.competency(), c -> new LinkedHashMap<>())
                            .computeIfAbsent(score.interviewerId(), id -> new double[2]);
                    sum[0] += score.score();
                    sum[1]++;
                });
            }
        }
        StringBuilder svg = new StringBuilder();
        List<String> said = new ArrayList<>();
        int y = 0;
        for (ReportViews.CompetencyScore competency : report.competencies()) {
            int top = y;
            svg.append(label(y, competency.competencyName() + " — W_c " + number(competency.score())));
            track(svg, y);
            if (competency.score() != null) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"wc\" data-competency=\"%s\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" "
                        + "height=\"8\" fill=\"#9db7e8\"><title>W_c %s</title></rect>", escape(competency.competency()), x(1), y + 20,
                        x(competency.score()) - x(1), number(competency.score())));
            }
            TreeSet<BigDecimal> marks = minimums.getOrDefault(competency.competency(), new TreeSet<>());
            marks.forEach(minimum -> svg.append(String.format(Locale.ROOT, "<rect class=\"minimum\" x=\"%.2f\" y=\"%d\" "
                    + "width=\"3\" height=\"18\" fill=\"#111\"><title>Kit minimum %s</title></rect>", x(minimum.doubleValue()) - 1.5, top + 15,
                    number(minimum.doubleValue()))));
            Map<UUID, double[]> byInterviewer = sums.getOrDefault(competency.competency(), Map.of());
            Map<Double, Integer> drawn = new HashMap<>();
            byInterviewer.forEach((interviewer, sum) -> svg.append(dot(interviewer, sum[0] / sum[1], top + 24, drawn)));
            said.add(competency.competencyName() + ": W_c " + number(competency.score())
                    + (marks.isEmpty() ? "" : ", kit minimum " + marks.stream().map(m -> number(m.doubleValue())).collect(Collectors.joining(" and ")))
                    + byInterviewer.entrySet().stream().map(entry -> ", " + interviewers.get(entry.getKey()) + " "
                            + number(entry.getValue()[0] / entry.getValue()[1])).collect(Collectors.joining()));
            y += ROW;
        }
        return figure("competency-profile", "Competency profile: W_c per competency, each interviewer's mean score as a dot, "
                + "kit minimums as black marks", String.join("; ", said) + ".", svg, y, interviewers.keySet().stream().toList());
    }

    /** One row per item: each interviewer's score as a dot, joined by a line from the lowest to the highest score. */
    String itemScores(ReportViews.InterviewReport interview, int index) {
        StringBuilder svg = new StringBuilder();
        List<String> said = new ArrayList<>();
        List<UUID> shown = new ArrayList<>();
        int y = 0;
        for (ReportViews.ItemReport item : interview.items()) {
            svg.append(label(y, item.position() + ". " + item.questionCode() + " — " + item.competencyName()
                    + (item.spread() == null ? "" : " — spread " + item.spread())));
            track(svg, y);
            if (item.min() != null && item.max() > item.min()) {
                boolean disagreement = item.spread() >= interview.kit().disagreementSpread();
                svg.append(String.format(Locale.ROOT, "<line class=\"range\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" "
                        + "stroke=\"%s\" stroke-width=\"%d\"/>", x(item.min()), y + 24, x(item.max()), y + 24,
                        disagreement ? "#a61b1b" : "#555", disagreement ? 4 : 2));
            }
            List<String> scores = new ArrayList<>();
            Map<Double, Integer> drawn = new HashMap<>();
            for (ReportViews.ScoreView score : item.scores()) {
                if (!shown.contains(score.interviewerId())) {
                    shown.add(score.interviewerId());
                }
                if (score.score() != null) {
                    svg.append(dot(score.interviewerId(), score.score(), y + 24, drawn));
                }
                scores.add(score.interviewerName() + " " + (score.notAssessed() ? "not assessed" : score.score()));
            }
            said.add("Item " + item.position() + " (" + item.questionCode() + "): " + (scores.isEmpty() ? "no scores" : String.join(", ", scores))
                    + (item.spread() == null ? "" : ", spread " + item.spread()));
            y += ROW;
        }
        return figure("item-scores-" + index, "Scores per item and interviewer in " + interview.stage() + " (a red line where the "
                + "spread reaches the kit's disagreement threshold of " + interview.kit().disagreementSpread() + ")",
                String.join("; ", said) + ".", svg, y, shown);
    }

    private static String label(int y, String text) {
        return "<text x=\"" + PAD + "\" y=\"" + (y + 12) + "\" font-size=\"12\">" + escape(text) + "</text>";
    }

    private static void track(StringBuilder svg, int y) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#ccc\"/>", x(1), y + 24,
                x(4), y + 24));
    }

    /** A dot at the score; a second and third equal score in the row sit just below and above it, so none hides another. */
    private String dot(UUID interviewer, double score, int y, Map<Double, Integer> drawn) {
        int before = drawn.merge(score, 1, Integer::sum) - 1;
        int shifted = y + (before % 3 == 1 ? 5 : before % 3 == 2 ? -5 : 0);
        return String.format(Locale.ROOT, "<circle class=\"score\" cx=\"%.2f\" cy=\"%d\" r=\"5\" fill=\"%s\" stroke=\"#fff\">"
                + "<title>%s: %s</title></circle>", x(score), shifted, colour(interviewer), escape(interviewers.getOrDefault(interviewer, "")),
                number(score));
    }

    private String colour(UUID interviewer) {
        int index = new ArrayList<>(interviewers.keySet()).indexOf(interviewer);
        return COLOURS.get(Math.max(0, index) % COLOURS.size());
    }

    /** The SVG with its axis, its legend and the text alternative; {@code height} is where the rows ended. */
    private String figure(String id, String title, String description, StringBuilder rows, int height, List<UUID> legend) {
        StringBuilder svg = new StringBuilder(rows);
        for (int tick = 1; tick <= 4; tick++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>",
                    x(tick), height + 12, tick));
        }
        int y = height + 30;
        int x = PAD;
        for (UUID interviewer : legend) {
            String name = interviewers.getOrDefault(interviewer, "");
            int width = 18 + 7 * name.length();
            if (x + width > WIDTH && x > PAD) {
                x = PAD;
                y += 16;
            }
            svg.append("<circle cx=\"").append(x + 5).append("\" cy=\"").append(y - 4).append("\" r=\"5\" fill=\"").append(colour(interviewer))
                    .append("\"/><text x=\"").append(x + 14).append("\" y=\"").append(y).append("\" font-size=\"11\">").append(escape(name))
                    .append("</text>");
            x += width;
        }
        int total = y + 8;
        return "<figure class=\"chart\"><svg id=\"" + id + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" viewBox=\"0 0 "
                + WIDTH + " " + total + "\" width=\"" + WIDTH + "\" height=\"" + total + "\" font-family=\"system-ui, sans-serif\">"
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title><desc id=\"" + id + "-desc\">" + escape(description)
                + "</desc>" + svg + "</svg><figcaption>" + escape(title) + "</figcaption></figure>";
    }
}
