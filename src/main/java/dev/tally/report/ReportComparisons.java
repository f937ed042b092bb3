package dev.tally.report;

import dev.tally.common.Caller;
import dev.tally.common.UuidArray;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Candidates of one opening side by side. Each column is the candidate's own report ({@link ReportService#candidateReport}),
 * so the numbers and what blind scoring hides are exactly those of the candidate report: four or five statements per
 * candidate, at most four candidates.
 */
@Singleton
class ReportComparisons {

    static final int MIN_CANDIDATES = 2;
    static final int MAX_CANDIDATES = 4;

    private final ReportService reports;
    private final ReportReads reads;

    ReportComparisons(ReportService reports, ReportReads reads) {
        this.reports = reports;
        this.reads = reads;
    }

    /** Refuses, in this order: an unknown opening (404), a caller who may not read it (403), a wrong choice (422 or 404). */
    @Transactional(readOnly = true)
    ReportViews.Comparison compare(Caller caller, UUID openingId, @Nullable List<UUID> candidateIds) {
        ReportRows.OpeningRef opening = reads.rows().opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        reports.requireAccess(caller, opening);
        List<UUID> chosen = candidateIds == null ? List.of() : candidateIds;
        if (chosen.size() < MIN_CANDIDATES || chosen.size() > MAX_CANDIDATES) {
            throw new ReportFacts.CannotCompare("must be given " + MIN_CANDIDATES + " to " + MAX_CANDIDATES + " times, once per "
                    + "candidate to compare (it was given " + chosen.size() + ")");
        }
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw new ReportFacts.CannotCompare("must name each candidate once");
        }
        Map<UUID, UUID> openings = reads.rows().openingsOfCandidates(caller.orgId(), UuidArray.of(chosen)).stream()
                .collect(Collectors.toMap(ReportRows.CandidateOpening::id, ReportRows.CandidateOpening::openingId));
        for (UUID id : chosen) {
            if (!openings.containsKey(id)) {
                throw new ReportFacts.CandidateNotFound(id);
            }
            if (!openings.get(id).equals(openingId)) {
                throw new ReportFacts.CannotCompare("must name candidates of this opening; " + id + " applies for another");
            }
        }
        return new ReportViews.Comparison(opening.id(), opening.title(),
                chosen.stream().map(id -> compared(reports.candidateReport(caller, id))).toList());
    }

    private static ReportViews.ComparedCandidate compared(ReportViews.CandidateReport report) {
        List<ReportViews.Recommendation> panelists = report.interviews().stream()
                .flatMap(interview -> interview.panel().stream().filter(seat -> seat.submitted() && seat.recommendation() != null)
                        .map(seat -> new ReportViews.Recommendation(seat.name(), interview.stage(), seat.recommendation())))
                .toList();
        int hidden = (int) report.interviews().stream().filter(ReportViews.InterviewReport::hiddenUntilYouSubmit).count();
        return new ReportViews.ComparedCandidate(report.candidateId(), report.candidateName(), report.status(), report.overall(),
                report.leniencyAdjusted(), report.competencies(), report.redFlags(), report.recommendations(), panelists,
                report.suggestedDecision(), report.finalDecision(), report.interviews().size(), hidden, report.notSubmitted());
    }
}
