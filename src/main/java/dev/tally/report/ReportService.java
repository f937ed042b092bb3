package dev.tally.report;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import dev.tally.common.UuidArray;
import dev.tally.hiring.CandidateStatus;
import dev.tally.hiring.DecisionSuggestions;
import dev.tally.hiring.HiringDecision;
import dev.tally.scorecard.ScoreVisibility;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hiring reports, read from the outcomes stored for each interview when its scorecards were submitted
 * ({@link InterviewOutcomes}): a fixed number of queries per report, whatever its size, and the same numbers in both.
 */
@Singleton
class ReportService implements DecisionSuggestions {

    static final String LENIENCY_TEXT = "Leniency L_r of an interviewer: the mean, over every item they scored that a "
            + "co-panelist also scored, of their score minus the mean of the co-panelists' scores, over all submitted scorecards of "
            + "the organisation. Leniency-adjusted W uses each score minus its interviewer's L_r (only for interviewers with at "
            + "least %d comparisons), clamped to 1-4.";

    private final ReportReads reads;
    private final ReportSettings settings;
    private final ScoreVisibility visibility;
    private final ReportTags tags;

    ReportService(ReportReads reads, ReportSettings settings, ScoreVisibility visibility, ReportTags tags) {
        this.reads = reads;
        this.settings = settings;
        this.visibility = visibility;
        this.tags = tags;
    }

    @Transactional(readOnly = true)
    ReportViews.CandidateReport candidateReport(Caller caller, UUID candidateId) {
        ScoreVisibility.Hidden hidden = visibility.hiddenFrom(caller);
        return candidateReport(caller, hidden, candidateHeader(caller, candidateId, hidden));
    }

    /** As {@link #candidateReport(Caller, UUID)}, built only when the client does not hold it already. */
    @Transactional(readOnly = true)
    Tagged<ReportViews.CandidateReport> candidateReport(Caller caller, UUID candidateId, Revalidation client) {
        String tag = tags.of(caller, "candidate report", candidateId);
        ScoreVisibility.Hidden hidden = visibility.hiddenFrom(caller);
        ReportRows.CandidateHeader candidate = candidateHeader(caller, candidateId, hidden);
        return client.answer(tag, () -> candidateReport(caller, hidden, candidate));
    }

    /** The candidate report as its printable page for this reader, built only when the client does not hold it already. */
    @Transactional(readOnly = true)
    Tagged<String> candidatePage(Caller caller, UUID candidateId, CandidateReportPage.Reader reader, Revalidation client) {
        String tag = tags.of(caller, "candidate page", candidateId, reader);
        ScoreVisibility.Hidden hidden = visibility.hiddenFrom(caller);
        ReportRows.CandidateHeader candidate = candidateHeader(caller, candidateId, hidden);
        return client.answer(tag, () -> CandidateReportPage.render(candidateReport(caller, hidden, candidate), reader));
    }

    private ReportRows.CandidateHeader candidateHeader(Caller caller, UUID candidateId, ScoreVisibility.Hidden hidden) {
        ReportRows.CandidateHeader candidate = reads.rows().candidateHeader(caller.orgId(), candidateId, hidden.asArray())
                .orElseThrow(() -> new ReportFacts.CandidateNotFound(candidateId));
        requireAccess(caller, candidate.opening());
        return candidate;
    }

    private ReportViews.CandidateReport candidateReport(Caller caller, ScoreVisibility.Hidden hidden, ReportRows.CandidateHeader candidate) {
        UUID candidateId = candidate.id();
        ReportRows.OpeningRef opening = candidate.opening();
        Evidence evidence = evidence(caller.orgId(), candidate, hidden);
        Texts texts = Texts.of(reads.rows().interviewTexts(caller.orgId(), candidateId), hidden);
        Map<UUID, List<ReportRows.Score>> scores = reads.rows().scores(caller.orgId(), candidateId).stream()
                .filter(score -> !hidden.hides(score.interviewId()))
                .collect(Collectors.groupingBy(ReportRows.Score::interviewId));
        List<ReportViews.InterviewReport> interviews = new ArrayList<>();
        List<DecisionRules.Outcome> outcomes = new ArrayList<>();
        for (ReportRows.InterviewFacts interview : evidence.interviews()) {
            DecisionRules.Outcome outcome = evidence.decide(interview);
            outcomes.add(outcome);
            interviews.add(interviewReport(interview, evidence, texts, scores.getOrDefault(interview.interviewId(), List.of()), outcome));
        }
        DecisionRules.Outcome suggested = DecisionRules.candidate(outcomes);
        boolean amended = evidence.interviews().stream().anyMatch(interview -> interview.amendedCount() > 0);
        ReportViews.Composite original = amended
                ? ReportViews.Composite.of(Composite.overall(reads.rows().originalItemStats(caller.orgId(), candidateId).stream()
                        .filter(item -> !hidden.hides(item.interviewId())).toList()))
                : null;
        List<ReportViews.FlagView> flags = evidence.flags().stream().map(flag -> flagView(flag, evidence)).toList();
        return new ReportViews.CandidateReport(candidate.id(), candidate.name(), candidate.email(), candidate.status(), opening.id(),
                opening.title(), interviews, ReportViews.Composite.of(evidence.items()),
                ReportViews.Composite.of(Composite.adjusted(evidence.items(), evidence.leniency())),
                competencies(evidence.items(), texts), flags,
                tally(evidence.interviews()), new ReportViews.SuggestedDecision(suggested.decision(), suggested.reasons()),
                finalDecision(candidate),
                evidence.panel().stream().filter(seat -> seat.revision() == 0)
                        .map(seat -> seat.interviewerName() + " (" + evidence.stageOf(seat.interviewId()) + ")").toList(),
                amended, original, DecisionRules.TEXT, String.format(LENIENCY_TEXT, settings.minComparisons()),
                caller.hasRole(Role.HIRING_MANAGER_ROLE) && opening.hiringManagerId().equals(caller.userId())
                        && !candidate.status().equals(CandidateStatus.WITHDRAWN.name()),
                Arrays.stream(HiringDecision.values()).filter(decision -> decision.follows(suggested.decision().name()))
                        .map(HiringDecision::name).toList());
    }

    /** The suggestion as the deciding hiring manager reads it, kept with their decision. */
    @Override
    @Transactional(readOnly = true)
    public String suggestionFor(Caller caller, UUID candidateId) {
        return candidateReport(caller, candidateId).suggestedDecision().decision().name();
    }

    private static ReportViews.FinalDecision finalDecision(ReportRows.CandidateHeader candidate) {
        if (candidate.finalDecision() == null) {
            return null;
        }
        String suggested = candidate.suggestedAtDecision();
        return new ReportViews.FinalDecision(candidate.finalDecision(), candidate.finalReason(), candidate.decidedAt(),
                candidate.decidedByName(), suggested == null ? null : Decision.valueOf(suggested),
                suggested != null && !HiringDecision.valueOf(candidate.finalDecision()).follows(suggested));
    }

    /**
     * One page of an opening's candidates: selected, sorted and counted in SQL over the stored outcomes, then each row
     * built from its candidate's stored outcomes, plus the item scores and leniencies its adjusted composite needs.
     */
    @Transactional(readOnly = true)
    ReportViews.OpeningReport openingReport(Caller caller, UUID openingId, OpeningQuery query, PageRequest paging) {
        return openingReport(caller, openingOf(caller, openingId), query, paging);
    }

    /** As {@link #openingReport(Caller, UUID, OpeningQuery, PageRequest)}, built only when the client does not hold it already. */
    @Transactional(readOnly = true)
    Tagged<ReportViews.OpeningReport> openingReport(Caller caller, UUID openingId, OpeningQuery query, PageRequest paging,
                                                    Revalidation client) {
        String tag = tags.of(caller, "opening report", openingId, query, paging);
        ReportRows.OpeningRef opening = openingOf(caller, openingId);
        return client.answer(tag, () -> openingReport(caller, opening, query, paging));
    }

    /** The opening, when the caller may read its reports. */
    ReportRows.OpeningRef openingOf(Caller caller, UUID openingId) {
        ReportRows.OpeningRef opening = reads.rows().opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        requireAccess(caller, opening);
        return opening;
    }

    private ReportViews.OpeningReport openingReport(Caller caller, ReportRows.OpeningRef opening, OpeningQuery query, PageRequest paging) {
        UUID openingId = opening.id();
        ScoreVisibility.Hidden hidden = visibility.hiddenFrom(caller);
        List<ReportRows.CandidateLine> page = openingPage(caller, openingId, query, hidden, paging.size(), paging.offset());
        long total = !page.isEmpty() ? page.get(0).total() : paging.offset() == 0 ? 0
                : openingPage(caller, openingId, query, hidden, 1, 0).stream().mapToLong(ReportRows.CandidateLine::total).findFirst().orElse(0);
        List<ReportViews.OpeningRow> rows = page.isEmpty() ? List.of()
                : openingRows(caller.orgId(), openingId, page, hidden);
        return new ReportViews.OpeningReport(opening.id(), opening.title(), rows, paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()), DecisionRules.TEXT);
    }

    private List<ReportRows.CandidateLine> openingPage(Caller caller, UUID openingId, OpeningQuery query, ScoreVisibility.Hidden hidden,
                                                       int size, long offset) {
        return reads.rows().openingPage(caller.orgId(), openingId, hidden.asArray(), Decision.INCOMPLETE.severity(), query.stageId(),
                query.decision() == null ? null : query.decision().severity(), query.status() == null ? null : query.status().name(), query.sort().name(), query.descending(),
                size, offset);
    }

    private List<ReportViews.OpeningRow> openingRows(UUID orgId, UUID openingId, List<ReportRows.CandidateLine> page,
                                                     ScoreVisibility.Hidden hidden) {
        Map<UUID, List<ReportRows.StoredOutcome>> outcomes = reads.rows().outcomesOfCandidates(orgId,
                        UuidArray.of(page.stream().map(ReportRows.CandidateLine::id).toList())).stream()
                .collect(Collectors.groupingBy(ReportRows.StoredOutcome::candidateId));
        List<UUID> visible = outcomes.values().stream().flatMap(List::stream).map(ReportRows.StoredOutcome::interviewId)
                .filter(id -> !hidden.hides(id)).toList();
        Map<UUID, Double> leniency = visible.isEmpty() ? Map.of()
                : countedLeniency(reads.rows().leniencies(orgId, UuidArray.of(visible), hidden.asArray()));
        int stagesPlanned = reads.rows().stagesPlanned(orgId, openingId);
        return page.stream().map(candidate -> openingRow(candidate, outcomes.getOrDefault(candidate.id(), List.of()), leniency,
                hidden, stagesPlanned)).toList();
    }

    private static ReportViews.OpeningRow openingRow(ReportRows.CandidateLine candidate, List<ReportRows.StoredOutcome> interviews,
                                                     Map<UUID, Double> leniency, ScoreVisibility.Hidden hidden, int stagesPlanned) {
        Composite.Parts parts = Composite.Parts.NONE;
        Map<String, Composite.Parts> competencies = new TreeMap<>();
        Map<String, Integer> tally = new TreeMap<>();
        List<ReportRows.ItemStat> scored = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        int flags = 0;
        int knockouts = 0;
        int hiddenInterviews = 0;
        for (ReportRows.StoredOutcome interview : interviews) {
            if (hidden.hides(interview.interviewId())) {
                hiddenInterviews++;
                decisions.add(Decision.INCOMPLETE);
                continue;
            }
            decisions.add(interview.decision());
            parts = parts.plus(interview.parts());
            interview.competencies().forEach((competency, sums) -> competencies.merge(competency, sums, Composite.Parts::plus));
            interview.recommendations().forEach((recommendation, count) -> tally.merge(recommendation, count, Integer::sum));
            scored.addAll(interview.items());
            flags += interview.flags();
            knockouts += interview.knockouts();
        }
        int completed = (int) interviews.stream().filter(ReportRows.StoredOutcome::complete).count();
        int stagesCompleted = (int) interviews.stream().filter(ReportRows.StoredOutcome::complete)
                .map(ReportRows.StoredOutcome::stageId).distinct().count();
        return new ReportViews.OpeningRow(candidate.id(), candidate.name(), candidate.email(), candidate.status(),
                new ReportViews.Progress(stagesPlanned, stagesCompleted, interviews.size(), completed),
                ReportViews.Composite.of(parts.composite()), ReportViews.Composite.of(Composite.adjusted(scored, leniency)),
                Composite.composites(competencies), flags, knockouts, tally, DecisionRules.candidateDecision(decisions),
                candidate.finalDecision(), hiddenInterviews);
    }

    /** L_r of the interviewers who have enough comparisons to count. */
    private Map<UUID, Double> countedLeniency(List<ReportRows.Leniency> rows) {
        Map<UUID, Double> leniency = new HashMap<>();
        rows.stream().filter(row -> row.leniency() != null && row.comparisons() >= settings.minComparisons())
                .forEach(row -> leniency.put(row.interviewerId(), row.leniency()));
        return leniency;
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

    /** The stored outcomes of the candidate's interviews and the facts beside them, as far as the caller may read them. */
    private Evidence evidence(UUID orgId, ReportRows.CandidateHeader candidate, ScoreVisibility.Hidden hidden) {
        List<ReportRows.StoredOutcome> outcomes = reads.rows().outcomes(orgId, candidate.id());
        List<ReportRows.StoredOutcome> visible = outcomes.stream().filter(outcome -> !hidden.hides(outcome.interviewId())).toList();
        return new Evidence(
                outcomes.stream().map(outcome -> hidden.hides(outcome.interviewId()) ? outcome.facts().withoutScores() : outcome.facts())
                        .toList(),
                visible.stream().flatMap(outcome -> outcome.items().stream()).toList(),
                visible.stream().flatMap(outcome -> outcome.raisedFlags().stream()).toList(),
                outcomes.stream().flatMap(outcome -> outcome.panel().stream()
                        .map(seat -> hidden.hides(outcome.interviewId()) ? seat.withoutRecommendation() : seat)).toList(),
                outcomes, countedLeniency(candidate.leniencies()), hidden);
    }

    private ReportViews.InterviewReport interviewReport(ReportRows.InterviewFacts interview, Evidence evidence, Texts texts,
                                                        List<ReportRows.Score> scores, DecisionRules.Outcome outcome) {
        List<ReportRows.ItemStat> items = evidence.itemsOf(interview.interviewId()).stream()
                .sorted(Comparator.comparingInt(ReportRows.ItemStat::position)).toList();
        Map<Integer, List<ReportRows.Score>> byPosition = scores.stream().collect(Collectors.groupingBy(ReportRows.Score::position));
        List<ReportViews.ItemReport> itemReports = items.stream().map(item -> new ReportViews.ItemReport(item.position(),
                item.questionCode(), item.questionVersion(), texts.question(interview.interviewId(), item.position()), item.competency(),
                texts.competencyName(item.competency()), item.weight(), item.required(),
                byPosition.getOrDefault(item.position(), List.of()).stream().map(score -> new ReportViews.ScoreView(
                        score.interviewerId(), score.interviewerName(), score.score(), score.notAssessed(), score.notAssessedReason(),
                        score.keyPoints(), score.note(), score.revision())).toList(),
                item.n(), item.mean(), item.min(), item.max(), item.spread())).toList();
        List<ReportViews.PanelView> panel = evidence.panelOf(interview.interviewId()).stream().map(seat -> {
            ReportRows.InterviewTexts.Summary said = texts.summary(interview.interviewId(), seat.interviewerId());
            return new ReportViews.PanelView(seat.interviewerId(), seat.interviewerName(), seat.revision() > 0, seat.revision(),
                    seat.revision() > 1, seat.recommendation(), said == null ? null : said.summary(),
                    said == null ? null : said.submittedAt());
        }).toList();
        return new ReportViews.InterviewReport(interview.interviewId(), interview.stageName(), interview.scheduledAt(),
                new ReportViews.KitRef(interview.kitId(), interview.kitVersion(), interview.kitName(), interview.minOverall(),
                        new TreeMap<>(interview.minPerCompetency()), interview.disagreementSpread()),
                panel, panel.stream().filter(seat -> !seat.submitted()).map(ReportViews.PanelView::name).toList(), itemReports,
                ReportViews.Composite.of(items), competencies(items, texts),
                evidence.flagsOf(interview.interviewId()).stream().map(flag -> flagView(flag, evidence)).toList(),
                new TreeMap<>(interview.recommendations()), new ReportViews.SuggestedDecision(outcome.decision(), outcome.reasons()),
                evidence.hides(interview.interviewId()));
    }

    private static List<ReportViews.CompetencyScore> competencies(List<ReportRows.ItemStat> items, Texts texts) {
        Map<String, Double> scores = Composite.byCompetency(items);
        Map<String, Integer> coverage = Composite.coverage(items);
        Map<String, CompositeBand> bands = CompositeBand.byCompetency(items);
        Set<String> all = new java.util.TreeSet<>(coverage.keySet());
        all.addAll(scores.keySet());
        return all.stream().map(competency -> {
            int raters = coverage.getOrDefault(competency, 0);
            return new ReportViews.CompetencyScore(competency, texts.competencyName(competency), scores.get(competency), raters,
                    ReportViews.CompetencyScore.label(raters), bands.getOrDefault(competency, CompositeBand.of(List.of())));
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

    /**
     * Question texts, competency names and the panelists' summaries of a candidate's interviews, indexed once; no summary
     * of an interview hidden from the caller.
     */
    private record Texts(Map<UUID, Map<Integer, String>> questions, Map<String, String> competencyNames,
                         Map<UUID, Map<UUID, ReportRows.InterviewTexts.Summary>> summaries) {

        static Texts of(List<ReportRows.InterviewTexts> rows, ScoreVisibility.Hidden hidden) {
            Map<UUID, Map<Integer, String>> questions = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            Map<UUID, Map<UUID, ReportRows.InterviewTexts.Summary>> summaries = new HashMap<>();
            for (ReportRows.InterviewTexts row : rows) {
                row.questions().forEach(question -> {
                    questions.computeIfAbsent(row.interviewId(), id -> new HashMap<>()).put(question.position(), question.text());
                    names.put(question.competency(), question.competencyName());
                });
                if (!hidden.hides(row.interviewId())) {
                    row.summaries().forEach(summary -> summaries.computeIfAbsent(row.interviewId(), id -> new HashMap<>())
                            .put(summary.interviewerId(), summary));
                }
            }
            return new Texts(questions, names, summaries);
        }

        String question(UUID interviewId, int position) {
            return questions.getOrDefault(interviewId, Map.of()).getOrDefault(position, "");
        }

        String competencyName(String competency) {
            return competencyNames.getOrDefault(competency, competency);
        }

        @Nullable
        ReportRows.InterviewTexts.Summary summary(UUID interviewId, UUID interviewerId) {
            return summaries.getOrDefault(interviewId, Map.of()).get(interviewerId);
        }
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
        private final Map<UUID, ReportRows.StoredOutcome> outcomes;
        private final ScoreVisibility.Hidden hidden;

        Evidence(List<ReportRows.InterviewFacts> interviews, List<ReportRows.ItemStat> items, List<ReportRows.RaisedFlag> flags,
                 List<ReportRows.PanelSeat> panel, List<ReportRows.StoredOutcome> outcomes, Map<UUID, Double> leniency,
                 ScoreVisibility.Hidden hidden) {
            this.outcomes = outcomes.stream().collect(Collectors.toMap(ReportRows.StoredOutcome::interviewId, outcome -> outcome));
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
            return outcomes.get(interview.interviewId()).outcome();
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
    record OpeningQuery(@Nullable UUID stageId, @Nullable Decision decision, @Nullable CandidateStatus status,
                        ReportController.SortKey sort, boolean descending) {
    }
}
