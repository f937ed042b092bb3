package dev.tally.report;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.question.QuestionService;
import dev.tally.question.QuestionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
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
    private final QuestionService questions;

    ReportService(ReportRepository reports, ReportSettings settings, QuestionService questions) {
        this.reports = reports;
        this.settings = settings;
        this.questions = questions;
    }

    @Transactional(readOnly = true)
    ReportViews.CandidateReport candidateReport(Caller caller, UUID candidateId) {
        ReportRows.OpeningRef opening = reports.openingOfCandidate(caller.orgId(), candidateId)
                .orElseThrow(() -> new ReportFacts.CandidateNotFound(candidateId));
        requireAccess(caller, opening);
        ReportRows.CandidateRow candidate = reports.candidate(caller.orgId(), candidateId).orElseThrow();
        Evidence evidence = evidence(caller.orgId(), candidateId, null);
        Map<UUID, List<ReportRows.Score>> scores = reports.scores(caller.orgId(), candidateId, null).stream()
                .collect(Collectors.groupingBy(ReportRows.Score::interviewId));
        Map<UUID, Map<String, Integer>> coverage = new HashMap<>();
        Map<String, Integer> candidateCoverage = new TreeMap<>();
        for (ReportRows.Coverage row : reports.coverage(caller.orgId(), candidateId, null)) {
            if (row.interviewId() == null) {
                candidateCoverage.put(row.competency(), row.raters());
            } else {
                coverage.computeIfAbsent(row.interviewId(), id -> new TreeMap<>()).put(row.competency(), row.raters());
            }
        }
        List<ReportViews.InterviewReport> interviews = new ArrayList<>();
        List<DecisionRules.Outcome> outcomes = new ArrayList<>();
        for (ReportRows.InterviewFacts interview : evidence.interviews()) {
            DecisionRules.Outcome outcome = evidence.decide(interview);
            outcomes.add(outcome);
            interviews.add(interviewReport(interview, evidence, scores.getOrDefault(interview.interviewId(), List.of()),
                    coverage.getOrDefault(interview.interviewId(), Map.of()), outcome));
        }
        DecisionRules.Outcome suggested = DecisionRules.candidate(outcomes);
        boolean amended = evidence.interviews().stream().anyMatch(interview -> interview.amendedCount() > 0);
        ReportViews.Composite original = amended
                ? ReportViews.Composite.of(Composite.overall(reports.originalItemStats(caller.orgId(), candidateId)))
                : null;
        List<ReportViews.FlagView> flags = evidence.flags().stream().map(flag -> flagView(flag, evidence)).toList();
        return new ReportViews.CandidateReport(candidate.id(), candidate.name(), candidate.email(), candidate.status(), opening.id(),
                opening.title(), interviews, ReportViews.Composite.of(Composite.overall(evidence.items())),
                ReportViews.Composite.of(Composite.adjusted(evidence.items(), evidence.leniency())),
                competencies(Composite.byCompetency(evidence.items()), candidateCoverage), flags,
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
        // Read from the summaries maintained at submit time: one narrow row per interview, never the raw scores.
        Map<UUID, List<ReportRows.OpeningInterview>> interviewsByCandidate = reports.openingInterviews(caller.orgId(), openingId,
                settings.minComparisons()).stream().collect(Collectors.groupingBy(ReportRows.OpeningInterview::candidateId));
        Map<UUID, List<ReportRows.RaisedFlag>> flagsByInterview = reports.raisedFlags(caller.orgId(), null, openingId).stream()
                .collect(Collectors.groupingBy(ReportRows.RaisedFlag::interviewId));
        int stagesPlanned = reports.stagesPlanned(caller.orgId(), openingId);
        List<ReportViews.OpeningRow> rows = new ArrayList<>();
        for (ReportRows.CandidateRow candidate : reports.candidatesOf(caller.orgId(), openingId)) {
            List<ReportRows.OpeningInterview> interviews = interviewsByCandidate.getOrDefault(candidate.id(), List.of());
            if (query.stageId() != null && interviews.stream().noneMatch(interview -> interview.stageId().equals(query.stageId()))) {
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
            for (ReportRows.OpeningInterview interview : interviews) {
                ReportRows.InterviewFacts fact = interview.facts();
                facts.add(fact);
                List<ReportRows.RaisedFlag> raised = flagsByInterview.getOrDefault(interview.interviewId(), List.of());
                outcomes.add(DecisionRules.decide(fact, interview.scores(), raised, List.of()));
                flags += raised.size();
                knockouts += (int) raised.stream().filter(ReportRows.RaisedFlag::knockout).count();
                weightSum += interview.weightSum();
                weightedSum += interview.weightedSum();
                adjustedSum += interview.adjustedSum() == null ? interview.weightedSum() : interview.adjustedSum();
                interview.competencyParts().forEach((competency, parts) -> {
                    double[] sums = competencyParts.computeIfAbsent(competency, c -> new double[2]);
                    sums[0] += parts[0];
                    sums[1] += parts[1];
                });
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
                    candidate.finalDecision()));
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

    @Transactional(readOnly = true)
    ReportViews.Calibration openingCalibration(Caller caller, UUID openingId) {
        ReportRows.OpeningRef opening = reports.opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        requireAccess(caller, opening);
        return calibration(reports.calibration(caller.orgId(), openingId, null, null), openingId, null, null);
    }

    /** Calibration over the interviews of the whole organisation scheduled in [from, to); recruiters and admins only. */
    @Transactional(readOnly = true)
    ReportViews.Calibration organisationCalibration(Caller caller, @Nullable Instant from, @Nullable Instant to) {
        return calibration(reports.calibration(caller.orgId(), null, from, to), null, from, to);
    }

    private ReportViews.Calibration calibration(List<CalibrationRow> rows, @Nullable UUID openingId, @Nullable Instant from,
                                                @Nullable Instant to) {
        List<ReportViews.InterviewerCalibration> interviewers = rows.stream().map(row -> {
            boolean flagged = row.leniency() != null && row.comparisons() >= settings.minComparisons()
                    && Math.abs(row.leniency()) >= settings.leniencyFlag();
            Map<String, Integer> scores = new java.util.LinkedHashMap<>();
            scores.put("1", row.scored1());
            scores.put("2", row.scored2());
            scores.put("3", row.scored3());
            scores.put("4", row.scored4());
            scores.put("notAssessed", row.notAssessed());
            Map<String, Integer> recommendations = new java.util.LinkedHashMap<>();
            recommendations.put("DEFINITELY_NO", row.definitelyNo());
            recommendations.put("NO", row.no());
            recommendations.put("YES", row.yes());
            recommendations.put("STRONG_YES", row.strongYes());
            recommendations.put("NO_DECISION", row.noDecision());
            return new ReportViews.InterviewerCalibration(row.interviewerId(), row.interviewerName(), row.scorecards(), scores,
                    recommendations, row.leniency(), row.comparisons(), flagged,
                    flagged ? (row.leniency() > 0 ? "lenient" : "severe") : null);
        }).toList();
        return new ReportViews.Calibration(openingId, from, to, interviewers, settings.leniencyFlag(), settings.minComparisons(),
                String.format(LENIENCY_TEXT, settings.minComparisons()) + " Flagged when |L_r| ≥ " + settings.leniencyFlag()
                        + " with at least " + settings.minComparisons() + " comparisons.");
    }

    /**
     * Krippendorff's alpha per kit question and pooled over each kit: a unit is one item of one interview, the coders are
     * the interviewers, the values their scores.
     */
    @Transactional(readOnly = true)
    ReportViews.Reliability reliability(Caller caller, UUID openingId) {
        ReportRows.OpeningRef opening = reports.opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        requireAccess(caller, opening);
        Map<String, List<ReliabilityRow>> byKit = reports.reliabilityScores(caller.orgId(), openingId, null).stream()
                .collect(Collectors.groupingBy(row -> row.kitId() + "/" + row.kitVersion(), java.util.LinkedHashMap::new, Collectors.toList()));
        List<ReportViews.KitReliability> kits = byKit.values().stream().map(rows -> {
            ReliabilityRow first = rows.get(0);
            List<ReportViews.QuestionReliability> questions = rows.stream()
                    .collect(Collectors.groupingBy(ReliabilityRow::position, TreeMap::new, Collectors.toList()))
                    .values().stream().map(ofItem -> new ReportViews.QuestionReliability(ofItem.get(0).questionId(),
                            ofItem.get(0).questionCode(), ofItem.get(0).position(), alpha(ofItem))).toList();
            return new ReportViews.KitReliability(first.kitId(), first.kitVersion(), first.kitName(), alpha(rows), questions);
        }).toList();
        return new ReportViews.Reliability(openingId, settings.minUnits(), kits, "Krippendorff's alpha (ordinal and interval) "
                + "from the coincidence matrix of pairable scores; a unit is one item of one interview, coders are interviewers, "
                + "not assessed is missing. Below " + settings.minUnits() + " units with two or more scores: insufficient data.");
    }

    ReportViews.Alpha alpha(List<ReliabilityRow> rows) {
        Map<String, Map<String, Double>> units = new java.util.LinkedHashMap<>();
        rows.forEach(row -> units.computeIfAbsent(row.interviewId() + "/" + row.position(), unit -> new HashMap<>())
                .put(row.interviewerId().toString(), (double) row.score()));
        KrippendorffAlpha.Result ordinal = KrippendorffAlpha.compute(units.values(), KrippendorffAlpha.Metric.ORDINAL);
        if (ordinal.pairableUnits() < settings.minUnits()) {
            return new ReportViews.Alpha(ordinal.pairableUnits(), null, null, "insufficient data");
        }
        KrippendorffAlpha.Result interval = KrippendorffAlpha.compute(units.values(), KrippendorffAlpha.Metric.INTERVAL);
        return new ReportViews.Alpha(ordinal.pairableUnits(), finite(ordinal.alpha()), finite(interval.alpha()), "ok");
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The opening report, every row, as CSV. */
    @Transactional(readOnly = true)
    String openingCsv(Caller caller, UUID openingId, OpeningQuery query) {
        ReportViews.OpeningReport report = openingReport(caller, openingId, query, new PageRequest(0, Integer.MAX_VALUE));
        List<String> competencies = report.items().stream().flatMap(row -> row.competencies().keySet().stream()).distinct().sorted().toList();
        List<Object> header = new ArrayList<>(List.of("candidate", "email", "status", "stages completed", "stages planned",
                "interviews completed", "interviews scheduled", "W", "percent", "leniency-adjusted W"));
        competencies.forEach(competency -> header.add("W " + competency));
        header.addAll(List.of("red flags", "knockouts", "recommendations", "suggested decision", "final decision"));
        Csv csv = new Csv().row(header);
        for (ReportViews.OpeningRow row : report.items()) {
            List<Object> fields = new ArrayList<>(List.of(row.name(), row.email(), row.status(), row.progress().stagesCompleted(),
                    row.progress().stagesPlanned(), row.progress().interviewsCompleted(), row.progress().interviewsScheduled()));
            fields.add(row.overall().score());
            fields.add(row.overall().percent());
            fields.add(row.leniencyAdjusted().score());
            competencies.forEach(competency -> fields.add(row.competencies().get(competency)));
            fields.add(row.redFlags());
            fields.add(row.knockouts());
            fields.add(row.recommendations().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            fields.add(row.suggestedDecision().name());
            fields.add(row.finalDecision());
            csv.row(fields);
        }
        return csv.toString();
    }

    /** Every submitted answer of an opening, one row per score, as CSV. */
    @Transactional(readOnly = true)
    String rawScoresCsv(Caller caller, UUID openingId) {
        ReportRows.OpeningRef opening = reports.opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        requireAccess(caller, opening);
        Csv csv = new Csv().row(List.of("candidate", "interview", "stage", "interviewer", "question", "question version", "item",
                "score", "not assessed", "key points", "note", "submitted at", "revision"));
        for (RawScore score : reports.rawScores(caller.orgId(), openingId)) {
            csv.row(java.util.Arrays.asList(score.candidateName(), score.interviewId(), score.stageName(), score.interviewerName(),
                    score.questionCode(), score.questionVersion(), score.position(), score.score(), score.notAssessed(),
                    score.keyPoints(), score.note(), score.submittedAt(), score.revision()));
        }
        return csv.toString();
    }

    @Transactional(readOnly = true)
    ReportViews.QuestionAnalytics questionAnalytics(Caller caller, UUID questionId) {
        QuestionView question = questions.latest(caller, questionId);
        List<ReliabilityRow> scores = reports.reliabilityScores(caller.orgId(), null, questionId);
        return reports.questionStats(caller.orgId(), questionId).stream().findFirst()
                .map(stats -> analytics(stats, scores))
                .orElseGet(() -> analytics(new QuestionStats(question.id(), question.code(), 0, 0, 0, 0, 0, 0, 0, null, null, 0, null, 0), scores));
    }

    @Transactional(readOnly = true)
    List<ReportViews.QuestionAnalytics> questionAnalytics(Caller caller) {
        Map<UUID, List<ReliabilityRow>> scores = reports.reliabilityScores(caller.orgId(), null, null).stream()
                .collect(Collectors.groupingBy(ReliabilityRow::questionId));
        return reports.questionStats(caller.orgId(), null).stream()
                .map(stats -> analytics(stats, scores.getOrDefault(stats.questionId(), List.of()))).toList();
    }

    private ReportViews.QuestionAnalytics analytics(QuestionStats stats, List<ReliabilityRow> scores) {
        Map<String, Integer> distribution = new java.util.LinkedHashMap<>();
        distribution.put("1", stats.scored1());
        distribution.put("2", stats.scored2());
        distribution.put("3", stats.scored3());
        distribution.put("4", stats.scored4());
        distribution.put("notAssessed", stats.notAssessed());
        return new ReportViews.QuestionAnalytics(stats.questionId(), stats.questionCode(), stats.timesAsked(), stats.answers(),
                stats.answers() == 0 ? null : (double) stats.notAssessed() / stats.answers(), distribution, stats.mean(), alpha(scores),
                stats.hiredMean(), stats.hiredCandidates(), stats.notHiredMean(), stats.notHiredCandidates());
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

    /** The aggregates of the interviews in scope, with every panel seat. */
    private Evidence evidence(UUID orgId, @Nullable UUID candidateId, @Nullable UUID openingId) {
        Map<UUID, Double> leniency = new HashMap<>();
        reports.leniencies(orgId, candidateId, openingId).stream()
                .filter(row -> row.leniency() != null && row.comparisons() >= settings.minComparisons())
                .forEach(row -> leniency.put(row.interviewerId(), row.leniency()));
        return new Evidence(reports.interviews(orgId, candidateId, openingId), reports.itemStats(orgId, candidateId, openingId),
                reports.raisedFlags(orgId, candidateId, openingId), reports.panel(orgId, candidateId, openingId), leniency);
    }

    private ReportViews.InterviewReport interviewReport(ReportRows.InterviewFacts interview, Evidence evidence,
                                                        List<ReportRows.Score> scores, Map<String, Integer> coverage,
                                                        DecisionRules.Outcome outcome) {
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
                ReportViews.Composite.of(Composite.overall(items)), competencies(Composite.byCompetency(items), coverage),
                evidence.flagsOf(interview.interviewId()).stream().map(flag -> flagView(flag, evidence)).toList(),
                new TreeMap<>(interview.recommendations()), new ReportViews.SuggestedDecision(outcome.decision(), outcome.reasons()));
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

        Evidence(List<ReportRows.InterviewFacts> interviews, List<ReportRows.ItemStat> items, List<ReportRows.RaisedFlag> flags,
                 List<ReportRows.PanelSeat> panel, Map<UUID, Double> leniency) {
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

        DecisionRules.Outcome decide(ReportRows.InterviewFacts interview) {
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
