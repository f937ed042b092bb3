package dev.tally.report;

import dev.tally.common.Caller;
import dev.tally.common.Csv;
import dev.tally.common.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The reports as CSV files for spreadsheets. */
@Singleton
class ReportExports {

    private final ReportService reports;
    private final ReportReads reads;

    ReportExports(ReportService reports, ReportReads reads) {
        this.reports = reports;
        this.reads = reads;
    }

    /** The opening report, every row, as CSV. */
    @Transactional(readOnly = true)
    String openingCsv(Caller caller, UUID openingId, ReportService.OpeningQuery query) {
        ReportViews.OpeningReport report = reports.openingReport(caller, openingId, query, new PageRequest(0, Integer.MAX_VALUE));
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
        ReportRows.OpeningRef opening = reads.rows().opening(caller.orgId(), openingId)
                .orElseThrow(() -> new ReportFacts.OpeningNotFound(openingId));
        reports.requireAccess(caller, opening);
        Csv csv = new Csv().row(List.of("candidate", "interview", "stage", "interviewer", "question", "question version", "item",
                "score", "not assessed", "key points", "note", "submitted at", "revision"));
        for (RawScore score : reads.rows().rawScores(caller.orgId(), openingId, reports.hiddenFrom(caller).asArray())) {
            csv.row(java.util.Arrays.asList(score.candidateName(), score.interviewId(), score.stageName(), score.interviewerName(),
                    score.questionCode(), score.questionVersion(), score.position(), score.score(), score.notAssessed(),
                    score.keyPoints(), score.note(), score.submittedAt(), score.revision()));
        }
        return csv.toString();
    }
}
