package dev.tally.report;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.scorecard.ScoreVisibility;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hiring reports. PostgreSQL aggregates the submitted scores per interview item in a fixed number of queries per
 * report; this class combines those aggregates into composites and applies the kit's decision rules.
 */
@Singleton
class ReportService {

    static final String LENIENCY_TEXT = "Leniency L_r of an interviewer: the mean, over every item they scored that a "
            + "co-panelist also scored, of their score minus the mean of the co-panelists' scores, over all submitted scorecards of "
            + "the organisation. Leniency-adjusted W uses each score minus its interviewer's L_r (only for interviewers with at "
            + "least %d comparisons), clamped to 1-4.";

    private final ReportRepository reports;
    private final ReportSettings settings;
    private final ScoreVisibility visibility;

    ReportService(ReportRepository reports, ReportSettings settings, ScoreVisibility visibility) {
        this.reports = reports;
        this.settings = settings;
        this.visibility = visibility;
    }

    @Transactional(readOnly = true)
    ReportViews.CandidateReport candidateReport(Caller caller, UUID candidateId) {
        ReportRows.OpeningRef opening = reports.openingOfCandidate(caller.orgId(), candidateId)
                .orElseThrow(() -> new ReportFacts.CandidateNotFound(candidateId));
        requireAccess(caller, opening);
        ReportRows.CandidateRow candidate = reports.candidate(caller.orgId(), candidateId).orElseThrow();
        ScoreVisibility.Hidden hidden = visibility.hiddenFrom(caller);
        Evidence evidence = evidence(caller.orgId(), candidateId, hidden);
        Map<UUID, List<ReportRows.Score>> scores = reports.scores(caller.orgId(), candidateId).stream()
                .filter(score -> !hidden.hides(score.interviewId()))
                .collect(Collectors.groupingBy(ReportRows.Score::interviewId));
        List<ReportViews.InterviewReport> interviews = new ArrayList<>();
        List<DecisionRules.Outcome> outcomes = new ArrayList<>();
        for (ReportRows.InterviewFacts interview : evidence.interviews()) {
            DecisionRules.Outcome outcome = evidence.decide(interview);
            outcomes.add(outcome);
            interviews.add(interviewReport(interview, evidence, scores.getOrDefault(interview.interviewId(), List.of()), outcome));
        }
        DecisionRules.Outcome suggested = DecisionRules.candidate(outcomes);
        boolean amended = evidence.interviews().stream().anyMatch(interview -> interview.amendedCount() > 0);
        ReportViews.Composite original = amended
                ? ReportViews.Composite.of(Composite.overall(reports.originalItemStats(caller.orgId(), candidateId).stream()
                        .filter(item -> !hidden.hides(item.interviewId())).toList()))
                : null;
        List<ReportViews.FlagView> flags = evidence.flags().stream().map(flag -> flagView(flag, evidence)).toList();
        return new ReportViews.CandidateReport(candidate.id(), candidate.name(), candidate.email(), candidate.status(), opening.id(),
                opening.title(), interviews, ReportViews.Composite.of(Composite.overall(evidence.items())),
                ReportViews.Composite.of(Composite.adjusted(evidence.items(), evidence.leniency())),
                competencies(Composite.byCompetency(evidence.items()), Composite.coverage(evidence.items())), flags,
                tally(evidence.interviews()), new ReportViews.SuggestedDecision(suggested.decision(), suggested.reasons()),
                candidate.finalDecision() == null ? null
                        : new ReportViews.FinalDecision(candidate.finalDecision(), candidate.finalReason(), candidate.decidedAt()),
                evidence.panel().stream().filter(seat -> seat.revision() == 0)
                        .map(seat -> seat.interviewerName() + " (" + evidence.stageOf(seat.interviewId()) + ")").toList(),
                amended, original, DecisionRules.TEXT, String.format(LENIENCY_TEXT, settings.minComparisons()));
    }

    @Transactional(readOnly = true)
    ReportViews.OpeningReport openingReport(Caller caller, UUID openingId, OpeningQuery query, PageRequest paging) {
        ReportRows.OpeningRef opening = reports.opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        requireAccess(caller, opening);
        ScoreVisibility.Hidden hidden = visibility.hiddenFrom(caller);
        // Read from the summaries maintained at submit time: one narrow row per interview, never the raw scores.
        Map<UUID, List<ReportRows.OpeningInterview>> interviewsByCandidate = reports.openingInterviews(caller.orgId(), openingId,
                settings.minComparisons(), hidden.asArray()).stream()
                .collect(Collectors.groupingBy(interview -> interview.facts().candidateId()));
        Map<UUID, List<ReportRows.RaisedFlag>> flagsByInterview = reports.raisedFlagsOfOpening(caller.orgId(), openingId).stream()
                .collect(Collectors.groupingBy(ReportRows.RaisedFlag::interviewId));
        int stagesPlanned = reports.stagesPlanned(caller.orgId(), openingId);
        List<ReportViews.OpeningRow> rows = new ArrayList<>();
        for (ReportRows.CandidateRow candidate : reports.candidatesOf(caller.orgId(), openingId)) {
            List<ReportRows.OpeningInterview> interviews = interviewsByCandidate.getOrDefault(candidate.id(), List.of());
            if (query.stageId() != null && interviews.stream().noneMatch(interview -> interview.facts().stageId().equals(query.stageId()))) {
                continue;
            }
            double weightSum = 0;
            double weightedSum = 0;
            double adjustedSum = 0;
            Map<String, double[]> competencyParts = new TreeMap<>();
            List<DecisionRules.Outcome> outcomes = new ArrayList<>();
            List<ReportRows.InterviewFacts> facts = new ArrayList<>();
            int flags = 0;
            int knockouts = 0;
            int hiddenInterviews = 0;
            for (ReportRows.OpeningInterview interview : interviews) {
                ReportRows.InterviewFacts fact = interview.facts();
                if (hidden.hides(fact.interviewId())) {
                    hiddenInterviews++;
                    facts.add(fact.withoutScores());
                    outcomes.add(DecisionRules.hiddenUntilYouSubmit(fact));
                    continue;
                }
                facts.add(fact);
                List<ReportRows.RaisedFlag> raised = flagsByInterview.getOrDefault(fact.interviewId(), List.of());
                outcomes.add(DecisionRules.decide(fact, interview.scores(), raised, List.of()));
                flags += raised.size();
                knockouts += (int) raised.stream().filter(ReportRows.RaisedFlag::knockout).count();
                weightSum += interview.weightSum();
                weightedSum += interview.weightedSum();
                adjustedSum += interview.adjustedSum() == null ? interview.weightedSum() : interview.adjustedSum();
                for (ReportRows.CompetencyPart part : interview.competencies()) {
                    double[] sums = competencyParts.computeIfAbsent(part.competency(), c -> new double[2]);
                    sums[0] += part.weighted();
                    sums[1] += part.weight();
                }
            }
            Map<String, Double> competencies = new TreeMap<>();
            competencyParts.forEach((competency, sums) -> competencies.put(competency, sums[0] / sums[1]));
            int completed = (int) facts.stream().filter(i -> i.panelSize() > 0 && i.submittedCount() == i.panelSize()).count();
            int stagesCompleted = (int) facts.stream().filter(i -> i.panelSize() > 0 && i.submittedCount() == i.panelSize())
                    .map(ReportRows.InterviewFacts::stageId).distinct().count();
            rows.add(new ReportViews.OpeningRow(candidate.id(), candidate.name(), candidate.email(), candidate.status(),
                    new ReportViews.Progress(stagesPlanned, stagesCompleted, facts.size(), completed),
                    ReportViews.Composite.of(weightSum == 0 ? null : weightedSum / weightSum),
                    ReportViews.Composite.of(weightSum == 0 ? null : adjustedSum / weightSum),
                    competencies, flags, knockouts, tally(facts), DecisionRules.candidate(outcomes).decision(),
                    candidate.finalDecision(), hiddenInterviews));
        }
        List<ReportViews.OpeningRow> selected = rows.stream()
                .filter(row -> query.decision() == null || row.suggestedDecision() == query.decision())
                .filter(row -> query.status() == null || row.status().equals(query.status()))
                .sorted(query.order())
                .toList();
        int from = (int) Math.min(paging.offset(), selected.size());
        int to = Math.min(from + paging.size(), selected.size());
        return new ReportViews.OpeningReport(opening.id(), opening.title(), selected.subList(from, to), paging.page(), paging.size(),
                selected.size(), (int) ((selected.size() + (long) paging.size() - 1) / paging.size()), DecisionRules.TEXT);
    }

    void requireAccess(Caller caller, ReportRows.OpeningRef opening) {
        if (caller.hasAnyRole(Role.ADMIN_ROLE, Role.RECRUITER_ROLE)) {
            return;
        }
        if (caller.hasRole(Role.HIRING_MANAGER_ROLE) && opening.hiringManagerId().equals(caller.userId())) {
            return;
        }
        throw new ReportFacts.NotYourOpening();
    }

    /** The scores blind scoring hides from the caller; every score-bearing read of this feature leaves them out. */
    ScoreVisibility.Hidden hiddenFrom(Caller caller) {
        return visibility.hiddenFrom(caller);
    }

    /**
     * What analytics over the organisation count for a caller: every opening for recruiters and admins, only their own
     * for hiring managers; never the interviews hidden from them ({@code hidden} is a uuid[] literal).
     */
    Scope scopeOf(Caller caller) {
        UUID managerId = caller.hasAnyRole(Role.ADMIN_ROLE, Role.RECRUITER_ROLE) ? null : caller.userId();
        return new Scope(managerId, hiddenFrom(caller).asArray());
    }

    record Scope(@Nullable UUID managerId, String hidden) {
    }

    /** The aggregates of the candidate's interviews, with every panel seat, as far as the caller may read them. */
    private Evidence evidence(UUID orgId, UUID candidateId, ScoreVisibility.Hidden hidden) {
        Map<UUID, Double> leniency = new HashMap<>();
        reports.leniencies(orgId, candidateId, hidden.asArray()).stream()
                .filter(row -> row.leniency() != null && row.comparisons() >= settings.minComparisons())
                .forEach(row -> leniency.put(row.interviewerId(), row.leniency()));
        return new Evidence(
                reports.interviews(orgId, candidateId).stream()
                        .map(interview -> hidden.hides(interview.interviewId()) ? interview.withoutScores() : interview).toList(),
                reports.itemStats(orgId, candidateId).stream().filter(item -> !hidden.hides(item.interviewId())).toList(),
                reports.raisedFlags(orgId, candidateId).stream().filter(flag -> !hidden.hides(flag.interviewId())).toList(),
                reports.panel(orgId, candidateId).stream()
                        .map(seat -> hidden.hides(seat.interviewId()) ? seat.withoutRecommendation() : seat).toList(),
                leniency, hidden);
    }

    private ReportViews.InterviewReport interviewReport(ReportRows.InterviewFacts interview, Evidence evidence,
                                                        List<ReportRows.Score> scores, DecisionRules.Outcome outcome) {
        List<ReportRows.ItemStat> items = evidence.itemsOf(interview.interviewId()).stream()
                .sorted(Comparator.comparingInt(ReportRows.ItemStat::position)).toList();
        Map<Integer, List<ReportRows.Score>> byPosition = scores.stream().collect(Collectors.groupingBy(ReportRows.Score::position));
        List<ReportViews.ItemReport> itemReports = items.stream().map(item -> new ReportViews.ItemReport(item.position(),
                item.questionCode(), item.questionVersion(), item.competency(), item.weight(), item.required(),
                byPosition.getOrDefault(item.position(), List.of()).stream().map(score -> new ReportViews.ScoreView(
                        score.interviewerId(), score.interviewerName(), score.score(), score.notAssessed(), score.notAssessedReason(),
                        score.keyPoints(), score.note(), score.revision())).toList(),
                item.n(), item.mean(), item.min(), item.max(), item.spread())).toList();
        List<ReportViews.PanelView> panel = evidence.panelOf(interview.interviewId()).stream().map(seat -> new ReportViews.PanelView(
                seat.interviewerId(), seat.interviewerName(), seat.revision() > 0, seat.revision(), seat.revision() > 1,
                seat.recommendation())).toList();
        return new ReportViews.InterviewReport(interview.interviewId(), interview.stageName(), interview.scheduledAt(),
                new ReportViews.KitRef(interview.kitId(), interview.kitVersion(), interview.kitName(), interview.minOverall(),
                        new TreeMap<>(interview.minPerCompetency()), interview.disagreementSpread()),
                panel, panel.stream().filter(seat -> !seat.submitted()).map(ReportViews.PanelView::name).toList(), itemReports,
                ReportViews.Composite.of(Composite.overall(items)), competencies(Composite.byCompetency(items), Composite.coverage(items)),
                evidence.flagsOf(interview.interviewId()).stream().map(flag -> flagView(flag, evidence)).toList(),
                new TreeMap<>(interview.recommendations()), new ReportViews.SuggestedDecision(outcome.decision(), outcome.reasons()),
                evidence.hides(interview.interviewId()));
    }

    private static List<ReportViews.CompetencyScore> competencies(Map<String, Double> scores, Map<String, Integer> coverage) {
        Set<String> all = new java.util.TreeSet<>(coverage.keySet());
        all.addAll(scores.keySet());
        return all.stream().map(competency -> {
            int raters = coverage.getOrDefault(competency, 0);
            return new ReportViews.CompetencyScore(competency, scores.get(competency), raters, ReportViews.CompetencyScore.label(raters));
        }).toList();
    }

    private static ReportViews.FlagView flagView(ReportRows.RaisedFlag flag, Evidence evidence) {
        return new ReportViews.FlagView(flag.interviewId(), evidence.stageOf(flag.interviewId()), flag.redFlagId(), flag.title(),
                flag.severity(), flag.knockout(), flag.interviewerId(), flag.interviewerName(), flag.note());
    }

    private static Map<String, Integer> tally(List<ReportRows.InterviewFacts> interviews) {
        Map<String, Integer> tally = new TreeMap<>();
        interviews.forEach(interview -> interview.recommendations().forEach((recommendation, count) -> tally.merge(recommendation, count, Integer::sum)));
        return tally;
    }

    /** Everything the decision rules read for a set of interviews, fetched in five queries and indexed by interview once. */
    private static final class Evidence {
        private final Map<UUID, Double> leniency;
        private final List<ReportRows.InterviewFacts> interviews;
        private final List<ReportRows.ItemStat> items;
        private final List<ReportRows.RaisedFlag> flags;
        private final List<ReportRows.PanelSeat> panel;
        private final Map<UUID, List<ReportRows.ItemStat>> itemsByInterview;
        private final Map<UUID, List<ReportRows.RaisedFlag>> flagsByInterview;
        private final Map<UUID, List<ReportRows.PanelSeat>> panelByInterview;
        private final Map<UUID, String> stages;
        private final ScoreVisibility.Hidden hidden;

        Evidence(List<ReportRows.InterviewFacts> interviews, List<ReportRows.ItemStat> items, List<ReportRows.RaisedFlag> flags,
                 List<ReportRows.PanelSeat> panel, Map<UUID, Double> leniency, ScoreVisibility.Hidden hidden) {
            this.hidden = hidden;
            this.leniency = leniency;
            this.interviews = interviews;
            this.items = items;
            this.flags = flags;
            this.panel = panel;
            this.itemsByInterview = items.stream().collect(Collectors.groupingBy(ReportRows.ItemStat::interviewId));
            this.flagsByInterview = flags.stream().collect(Collectors.groupingBy(ReportRows.RaisedFlag::interviewId));
            this.panelByInterview = panel.stream().collect(Collectors.groupingBy(ReportRows.PanelSeat::interviewId));
            this.stages = interviews.stream().collect(Collectors.toMap(ReportRows.InterviewFacts::interviewId,
                    ReportRows.InterviewFacts::stageName));
        }

        List<ReportRows.InterviewFacts> interviews() {
            return interviews;
        }

        /** L_r of the interviewers with enough comparisons to count. */
        Map<UUID, Double> leniency() {
            return leniency;
        }

        List<ReportRows.ItemStat> items() {
            return items;
        }

        List<ReportRows.RaisedFlag> flags() {
            return flags;
        }

        List<ReportRows.PanelSeat> panel() {
            return panel;
        }

        boolean hides(UUID interviewId) {
            return hidden.hides(interviewId);
        }

        DecisionRules.Outcome decide(ReportRows.InterviewFacts interview) {
            if (hides(interview.interviewId())) {
                return DecisionRules.hiddenUntilYouSubmit(interview);
            }
            return DecisionRules.decide(interview, InterviewScores.of(itemsOf(interview.interviewId()), interview.disagreementSpread()),
                    flagsOf(interview.interviewId()), panelOf(interview.interviewId()));
        }

        List<ReportRows.ItemStat> itemsOf(UUID interviewId) {
            return itemsByInterview.getOrDefault(interviewId, List.of());
        }

        List<ReportRows.RaisedFlag> flagsOf(UUID interviewId) {
            return flagsByInterview.getOrDefault(interviewId, List.of());
        }

        List<ReportRows.PanelSeat> panelOf(UUID interviewId) {
            return panelByInterview.getOrDefault(interviewId, List.of());
        }

        String stageOf(UUID interviewId) {
            return stages.getOrDefault(interviewId, "");
        }
    }

    /** Sorting and filtering of the opening report. */
    record OpeningQuery(@Nullable UUID stageId, @Nullable Decision decision, @Nullable String status, String sort, boolean descending) {

        Comparator<ReportViews.OpeningRow> order() {
            Comparator<ReportViews.OpeningRow> byName = Comparator.comparing(ReportViews.OpeningRow::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(row -> row.candidateId().toString());
            Comparator<ReportViews.OpeningRow> primary = switch (sort) {
                case "name" -> byName;
                case "decision" -> Comparator.comparing(ReportViews.OpeningRow::suggestedDecision);
                default -> Comparator.comparing(row -> row.overall().score(), Comparator.nullsFirst(Comparator.naturalOrder()));
            };
            Comparator<ReportViews.OpeningRow> directed = descending ? primary.reversed() : primary;
            return Objects.equals(sort, "name") ? directed : directed.thenComparing(byName);
        }
    }
}
