package dev.tally.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decision of one interview: the first rule that applies, with every reason for it.
 * <ol>
 * <li>REJECT: a knockout red flag of the kit was raised in a submitted scorecard;</li>
 * <li>INCOMPLETE: a panel member has not submitted;</li>
 * <li>REJECT: W_I is below the kit's minOverall, or some W_I,c below its minimum for c;</li>
 * <li>DISCUSS: some item's spread reaches the kit's disagreementSpread, or the recommendations include both
 * YES/STRONG_YES and NO/DEFINITELY_NO, or nothing was scored;</li>
 * <li>ADVANCE.</li>
 * </ol>
 */
final class DecisionRules {

    static final String TEXT = """
            Overall score W = Σ w_i·mean_i / Σ w_i over items scored at least once (not assessed never counts as a score); \
            percent = (W − 1) / 3 × 100; W_c is the same over the items of competency c. \
            Decision of an interview, the first that applies: REJECT if a knockout red flag was raised; INCOMPLETE if a panel \
            member has not submitted; REJECT if W_I < minOverall or some W_I,c < its minimum; DISCUSS if some item's spread \
            (max − min) ≥ disagreementSpread, or recommendations include both YES/STRONG_YES and NO/DEFINITELY_NO, or nothing \
            was scored; otherwise ADVANCE. Beside the deciding reasons, BORDERLINE when minOverall (or a competency's minimum) \
            lies inside the 90% band W ± 1.645·SE(W) (or W_c's). A candidate's suggested decision is the most severe over their interviews \
            (REJECT > INCOMPLETE > DISCUSS > ADVANCE), INCOMPLETE when there are none.""";

    static final String BORDERLINE = "BORDERLINE";
    private static final Set<String> POSITIVE = Set.of("YES", "STRONG_YES");
    private static final Set<String> NEGATIVE = Set.of("NO", "DEFINITELY_NO");

    private DecisionRules() {
    }

    record Outcome(Decision decision, List<Reason> reasons) {
    }

    /** An interview whose scores are hidden from the reader until they submit their own scorecard for it. */
    static Outcome hiddenUntilYouSubmit(ReportRows.InterviewFacts interview) {
        return new Outcome(Decision.INCOMPLETE, List.of(reason("HIDDEN_UNTIL_YOU_SUBMIT", Decision.INCOMPLETE, interview, null, null,
                null, null, null, null, null, "Hidden until you submit your own scorecard for this interview: scores stay "
                        + "independent until then")));
    }

    /** {@code panel} names the seats still to submit, for the reasons; the rule itself counts from the interview's facts. */
    static Outcome decide(ReportRows.InterviewFacts interview, InterviewScores scores, List<ReportRows.RaisedFlag> flags,
                          List<ReportRows.PanelSeat> panel) {
        List<Reason> knockouts = flags.stream().filter(ReportRows.RaisedFlag::knockout).map(flag -> reason("KNOCKOUT", Decision.REJECT,
                interview, null, null, null, flag.title(), flag.interviewerName(), null, null,
                "Knockout red flag '" + flag.title() + "' raised by " + flag.interviewerName() + ": " + flag.note())).toList();
        if (!knockouts.isEmpty()) {
            return new Outcome(Decision.REJECT, knockouts);
        }
        if (interview.submittedCount() < interview.panelSize()) {
            List<Reason> pending = panel.stream().filter(seat -> seat.revision() == 0).map(seat -> reason("INCOMPLETE_PANEL",
                    Decision.INCOMPLETE, interview, null, null, null, null, seat.interviewerName(),
                    (double) interview.submittedCount(), (double) interview.panelSize(),
                    seat.interviewerName() + " has not submitted (" + interview.submittedCount() + " of " + interview.panelSize() + " submitted)")).toList();
            return new Outcome(Decision.INCOMPLETE, pending.isEmpty() ? List.of(reason("INCOMPLETE_PANEL", Decision.INCOMPLETE, interview,
                    null, null, null, null, null, (double) interview.submittedCount(), (double) interview.panelSize(),
                    interview.submittedCount() + " of " + interview.panelSize() + " panel members submitted")) : pending);
        }
        List<Reason> below = new ArrayList<>();
        Double overall = scores.overall();
        if (interview.minOverall() != null && overall != null && overall < interview.minOverall().doubleValue()) {
            below.add(reason("BELOW_MIN_OVERALL", Decision.REJECT, interview, null, null, null, null, null, overall,
                    interview.minOverall().doubleValue(), "W = " + format(overall) + " is below the kit's minimum of "
                            + format(interview.minOverall().doubleValue())));
        }
        Map<String, Double> byCompetency = scores.byCompetency();
        for (Map.Entry<String, BigDecimal> minimum : new TreeMap<>(interview.minPerCompetency()).entrySet()) {
            Double value = byCompetency.get(minimum.getKey());
            if (value != null && value < minimum.getValue().doubleValue()) {
                below.add(reason("BELOW_MIN_COMPETENCY", Decision.REJECT, interview, null, null, minimum.getKey(), null, null, value,
                        minimum.getValue().doubleValue(), "W_" + minimum.getKey() + " = " + format(value)
                                + " is below the kit's minimum of " + format(minimum.getValue().doubleValue())));
            }
        }
        if (!below.isEmpty()) {
            return new Outcome(Decision.REJECT, with(below, interview, scores, Decision.REJECT));
        }
        List<Reason> discuss = new ArrayList<>();
        for (InterviewScores.Disagreement item : scores.disagreements()) {
            int spread = item.max() - item.min();
            discuss.add(reason("DISAGREEMENT", Decision.DISCUSS, interview, item.position(), item.questionCode(), item.competency(),
                    null, null, (double) spread, (double) interview.disagreementSpread(), "Item " + item.position() + " ("
                            + item.questionCode() + ") was scored from " + item.min() + " to " + item.max() + ": spread "
                            + spread + " reaches " + interview.disagreementSpread()));
        }
        int positive = count(interview.recommendations(), POSITIVE);
        int negative = count(interview.recommendations(), NEGATIVE);
        if (positive > 0 && negative > 0) {
            discuss.add(reason("MIXED_RECOMMENDATIONS", Decision.DISCUSS, interview, null, null, null, null, null, null, null,
                    positive + " recommended hiring and " + negative + " recommended against"));
        }
        if (overall == null) {
            discuss.add(reason("NOTHING_SCORED", Decision.DISCUSS, interview, null, null, null, null, null, null, null,
                    "No item of the interview was scored"));
        }
        if (!discuss.isEmpty()) {
            return new Outcome(Decision.DISCUSS, with(discuss, interview, scores, Decision.DISCUSS));
        }
        return new Outcome(Decision.ADVANCE, with(List.of(reason("ALL_RULES_MET", Decision.ADVANCE, interview, null, null, null, null,
                null, overall, interview.minOverall() == null ? null : interview.minOverall().doubleValue(),
                "Every panel member submitted, W = " + format(overall) + ", no knockout, no minimum missed, no disagreement")),
                interview, scores, Decision.ADVANCE));
    }

    /**
     * A minimum inside the 90 % band of its composite: the decision stands, but it was decided on a hair, and the
     * reader should know. Listed beside the reasons that decided, under the same decision.
     */
    private static List<Reason> with(List<Reason> deciding, ReportRows.InterviewFacts interview, InterviewScores scores,
                                     Decision decision) {
        List<Reason> reasons = new ArrayList<>(deciding);
        if (interview.minOverall() != null && scores.overall() != null && scores.band().contains(interview.minOverall().doubleValue())) {
            reasons.add(reason(BORDERLINE, decision, interview, null, null, null, null, null, scores.overall(),
                    interview.minOverall().doubleValue(), "borderline: the kit's minimum of " + format(interview.minOverall().doubleValue())
                            + " lies inside W's 90% band " + band(scores.band())));
        }
        for (Map.Entry<String, BigDecimal> minimum : new TreeMap<>(interview.minPerCompetency()).entrySet()) {
            CompositeBand band = scores.competencyBands().get(minimum.getKey());
            Double value = scores.byCompetency().get(minimum.getKey());
            if (value != null && band != null && band.contains(minimum.getValue().doubleValue())) {
                reasons.add(reason(BORDERLINE, decision, interview, null, null, minimum.getKey(), null, null, value,
                        minimum.getValue().doubleValue(), "borderline: the kit's minimum of " + format(minimum.getValue().doubleValue())
                                + " for " + minimum.getKey() + " lies inside W_" + minimum.getKey() + "'s 90% band " + band(band)));
            }
        }
        return reasons;
    }

    private static String band(CompositeBand band) {
        return format(band.lower()) + "–" + format(band.upper());
    }

    /** The most severe over the interviews, with the reasons of the interviews that decided it. */
    static Outcome candidate(List<Outcome> interviews) {
        if (interviews.isEmpty()) {
            return new Outcome(Decision.INCOMPLETE, List.of(new Reason("NO_INTERVIEWS", Decision.INCOMPLETE, null, null, null, null,
                    null, null, null, null, null, "The candidate has no interviews yet")));
        }
        Decision worst = candidateDecision(interviews.stream().map(Outcome::decision).toList());
        List<Reason> reasons = interviews.stream().filter(outcome -> outcome.decision() == worst)
                .flatMap(outcome -> outcome.reasons().stream()).toList();
        return new Outcome(worst, reasons);
    }

    /** A candidate's decision: the most severe over their interviews, INCOMPLETE when there are none. */
    static Decision candidateDecision(List<Decision> interviews) {
        return interviews.isEmpty() ? Decision.INCOMPLETE : interviews.stream().reduce(Decision.ADVANCE, Decision::mostSevere);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static int count(Map<String, Integer> tally, Set<String> which) {
        return tally.entrySet().stream().filter(entry -> which.contains(entry.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    private static Reason reason(String rule, Decision decision, ReportRows.InterviewFacts interview, Integer position, String code,
                                 String competency, String flag, String interviewer, Double value, Double threshold, String message) {
        return new Reason(rule, decision, interview.interviewId(), interview.stageName(), position, code, competency, flag,
                interviewer, value, threshold, interview.stageName() + ": " + message);
    }
}
