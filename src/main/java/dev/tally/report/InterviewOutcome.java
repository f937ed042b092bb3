package dev.tally.report;

import dev.tally.hiring.InterviewOutline;
import dev.tally.kit.ScoringRules;
import dev.tally.scorecard.Submission;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one interview's submitted scorecards add up to, computed once when a scorecard is submitted or the panel changes,
 * and stored for both reports: each kit item's scores, each interviewer's leniency contributions, the composite's parts
 * and the decision of the kit's rules with its reasons.
 */
record InterviewOutcome(ReportRows.InterviewFacts facts, List<ReportRows.ItemStat> items, List<RaterContribution> raters,
                        Composite.Parts parts, Map<String, Composite.Parts> competencies, List<ReportRows.PanelSeat> panel,
                        List<ReportRows.RaisedFlag> raisedFlags, DecisionRules.Outcome decision) {

    int flags() {
        return raisedFlags.size();
    }

    int knockouts() {
        return (int) raisedFlags.stream().filter(ReportRows.RaisedFlag::knockout).count();
    }

    /** Leniency contributions of one interviewer to one interview (see {@link #contributions}). */
    @Introspected
    @Serdeable
    record RaterContribution(UUID interviewerId, BigDecimal diffSum, int comparisons) {
    }

    /** Digits kept of each comparison's co-panelist mean: far beyond what any report shows, and the same whatever the order. */
    private static final int SCALE = 20;

    static InterviewOutcome of(InterviewOutline interview, ScoringRules kit, List<Submission> submissions) {
        List<ReportRows.ItemStat> items = items(interview.id(), kit, submissions);
        Map<String, Integer> recommendations = new TreeMap<>();
        submissions.forEach(submission -> recommendations.merge(submission.recommendation(), 1, Integer::sum));
        int amended = (int) submissions.stream().filter(submission -> submission.revision() > 1).count();
        ReportRows.InterviewFacts facts = new ReportRows.InterviewFacts(interview.id(), interview.candidateId(), interview.stageId(),
                interview.stageName(), interview.scheduledAt(), kit.kitId(), kit.version(), kit.name(), kit.minOverall(),
                kit.disagreementSpread(), interview.panel().size(), submissions.size(), amended, recommendations,
                kit.minPerCompetency());
        List<ReportRows.RaisedFlag> flags = raisedFlags(interview.id(), kit, submissions);
        Map<UUID, Submission> submitted = new HashMap<>();
        submissions.forEach(submission -> submitted.put(submission.interviewerId(), submission));
        List<ReportRows.PanelSeat> panel = interview.panel().stream().map(seat -> {
            Submission submission = submitted.get(seat.userId());
            return new ReportRows.PanelSeat(interview.id(), seat.userId(), seat.name(), submission == null ? 0 : submission.revision(),
                    submission == null ? null : submission.recommendation());
        }).toList();
        DecisionRules.Outcome decision = DecisionRules.decide(facts, InterviewScores.of(items, kit.disagreementSpread()), flags, panel);
        return new InterviewOutcome(facts, items, contributions(items, submissions), Composite.parts(items),
                Composite.partsByCompetency(items), panel, flags, decision);
    }

    /** Every kit item with the submitted scores of it, raters in a fixed order (n = 0 while nobody scored it). */
    private static List<ReportRows.ItemStat> items(UUID interviewId, ScoringRules kit, List<Submission> submissions) {
        List<Submission> byRater = submissions.stream()
                .sorted(Comparator.comparing(submission -> submission.interviewerId().toString())).toList();
        List<ReportRows.ItemStat> items = new ArrayList<>();
        for (ScoringRules.Item item : kit.items()) {
            List<UUID> raters = new ArrayList<>();
            List<Integer> scores = new ArrayList<>();
            for (Submission submission : byRater) {
                submission.scores().stream().filter(score -> score.position() == item.position()).findFirst().ifPresent(score -> {
                    raters.add(submission.interviewerId());
                    scores.add(score.score());
                });
            }
            int total = scores.stream().mapToInt(Integer::intValue).sum();
            items.add(new ReportRows.ItemStat(interviewId, item.position(), item.questionCode(), item.questionVersion(),
                    item.competency(), item.weight(), item.required(), scores.size(),
                    scores.isEmpty() ? null : (double) total / scores.size(),
                    scores.stream().min(Integer::compare).orElse(null), scores.stream().max(Integer::compare).orElse(null),
                    List.copyOf(raters), List.copyOf(scores)));
        }
        return items;
    }

    /**
     * For each interviewer who submitted: over the items they and at least one co-panelist scored, Σ (their score − the
     * co-panelists' mean) and the number of such items. Leniency L_r = Σ diffSum / Σ comparisons over any set of
     * interviews. Kept as exact decimals so that totals over many interviews add up the same in any order.
     */
    static List<RaterContribution> contributions(List<ReportRows.ItemStat> items, List<Submission> submissions) {
        Map<UUID, BigDecimal> diffs = new HashMap<>();
        Map<UUID, Integer> comparisons = new HashMap<>();
        for (ReportRows.ItemStat item : items) {
            if (item.n() < 2) {
                continue;
            }
            int total = item.scores().stream().mapToInt(Integer::intValue).sum();
            for (int i = 0; i < item.n(); i++) {
                int score = item.scores().get(i);
                BigDecimal othersMean = BigDecimal.valueOf(total - score).divide(BigDecimal.valueOf(item.n() - 1L), SCALE, RoundingMode.HALF_EVEN);
                diffs.merge(item.raters().get(i), BigDecimal.valueOf(score).subtract(othersMean), BigDecimal::add);
                comparisons.merge(item.raters().get(i), 1, Integer::sum);
            }
        }
        return submissions.stream().map(Submission::interviewerId).distinct().sorted(Comparator.comparing(UUID::toString))
                .map(rater -> new RaterContribution(rater, diffs.getOrDefault(rater, BigDecimal.ZERO), comparisons.getOrDefault(rater, 0)))
                .toList();
    }

    /** The red flags raised, in the order the reports list them (title, then interviewer). */
    private static List<ReportRows.RaisedFlag> raisedFlags(UUID interviewId, ScoringRules kit, List<Submission> submissions) {
        Map<UUID, ScoringRules.Flag> checklist = new HashMap<>();
        kit.checklist().forEach(flag -> checklist.put(flag.redFlagId(), flag));
        List<ReportRows.RaisedFlag> flags = new ArrayList<>();
        for (Submission submission : submissions) {
            for (Submission.RaisedFlag raised : submission.raisedFlags()) {
                ScoringRules.Flag flag = checklist.get(raised.redFlagId());
                flags.add(new ReportRows.RaisedFlag(interviewId, raised.redFlagId(), flag == null ? "" : flag.title(),
                        flag == null ? "" : flag.severity(), flag != null && flag.knockout(), submission.interviewerId(),
                        submission.interviewerName(), raised.note()));
            }
        }
        flags.sort(Comparator.comparing(ReportRows.RaisedFlag::title).thenComparing(ReportRows.RaisedFlag::interviewerName));
        return flags;
    }
}
