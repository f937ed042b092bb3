package dev.tally.report;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.database.ReadsReplica;
import dev.tally.common.Csv;
import dev.tally.common.PageRequest;
import dev.tally.common.Refusals;
import dev.tally.hiring.CandidateStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import dev.tally.common.Problem;
import dev.tally.common.Revalidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Hiring reports: for hiring managers of the opening, recruiters and admins; never for interviewers. */
@Controller("/api/v1")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reports")
// HeavyRead before SignedIn: both document a 503, and the first one named is the one the OpenAPI document shows.
@Refusals.HeavyRead
@Refusals.SignedIn
@Refusals.Revalidated
@ReportCapacity.Bounded
@ReadsReplica
class ReportController {

    private final ReportService reports;
    private final ReportAnalytics analytics;
    private final ReportExports exports;
    private final ReportSummaries summaries;
    private final ReportComparisons comparisons;

    ReportController(ReportService reports, ReportAnalytics analytics, ReportExports exports, ReportSummaries summaries,
                     ReportComparisons comparisons) {
        this.reports = reports;
        this.analytics = analytics;
        this.exports = exports;
        this.summaries = summaries;
        this.comparisons = comparisons;
    }

    @Get("/candidates/{id}/report")
    @Refusals.ById
    @Operation(summary = "A candidate's hiring report", description = "Every interviewer's scores per item with n, mean, min, max and "
            + "spread, with the question's text and the competency's name; per interview each submitted panelist's recommendation, "
            + "summary and time of submission; W and W_c with coverage; red flags with their evidence; recommendations; the "
            + "suggested decision with its reasons; the final decision with who made it and the suggestion then; whether the caller "
            + "may decide; the formula applied.")
    HttpResponse<ReportViews.CandidateReport> candidate(HttpRequest<?> request, Authentication authentication, UUID id) {
        return reports.candidateReport(Caller.of(authentication), id, Revalidation.of(request)).response();
    }

    @Get("/openings/{id}/report")
    @Refusals.ById
    @Operation(summary = "An opening's report: a row per candidate", description = "Sort by score, name or decision; filter by "
            + "stageId (candidates interviewed at that stage), suggested decision and candidate status.")
    HttpResponse<ReportViews.OpeningReport> opening(HttpRequest<?> request, Authentication authentication, UUID id,
                                      @QueryValue(defaultValue = "score") SortKey sort,
                                      @QueryValue(defaultValue = "desc") Direction direction,
                                      @Nullable @QueryValue UUID stageId,
                                      @Nullable @QueryValue Decision decision,
                                      @Nullable @QueryValue CandidateStatus status,
                                      @Valid @RequestBean PageRequest paging) {
        return reports.openingReport(Caller.of(authentication), id, new ReportService.OpeningQuery(stageId, decision, status, sort,
                direction == Direction.desc), paging, Revalidation.of(request)).response();
    }

    @Get("/openings/{id}/report/summary")
    @Refusals.ById
    @Operation(summary = "What the opening report's pictures draw, over all its candidates", description = "The candidates by "
            + "W in bins of 0.25 from 1 to 4 and by suggested decision (those without a score apart), the stages' kits with "
            + "their minOverall, and the funnel: every candidate, then per stage those with an interview at it, by status.")
    HttpResponse<ReportViews.OpeningReportSummary> openingSummary(HttpRequest<?> request, Authentication authentication, UUID id) {
        return summaries.openingSummary(Caller.of(authentication), id, Revalidation.of(request)).response();
    }

    @Get("/openings/{id}/compare")
    @Refusals.ById
    @ApiResponse(responseCode = "422", description = "Not 2 to 4 distinct candidates of this opening; the problem names candidate.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Candidates of an opening side by side", description = "Give candidate 2 to 4 times, once per "
            + "candidate of the opening: for each, W, adjusted W, W_c per competency, red flags, recommendations and the "
            + "suggested and final decisions, as in their candidate report.")
    ReportViews.Comparison compare(Authentication authentication, UUID id,
                                   @Parameter(description = "A candidate of the opening, 2 to 4 distinct ones, the "
                                           + "parameter repeated once for each", explode = Explode.TRUE,
                                           array = @ArraySchema(maxItems = ReportComparisons.MAX_CANDIDATES, schema = @Schema(implementation = UUID.class)))
                                   @Nullable @QueryValue("candidate") List<UUID> candidate) {
        return comparisons.compare(Caller.of(authentication), id, candidate);
    }

    @Get("/openings/{id}/calibration")
    @Refusals.ById
    @Operation(summary = "Interviewer calibration for an opening", description = "Per interviewer: scorecards, score and "
            + "recommendation distributions, and leniency L_r against co-panelists with its interviews J, standard error and 95% "
            + "interval; flagged when |L_r| ≥ 0.5 over 10+ comparisons in 3+ interviews and the interval excludes 0.")
    HttpResponse<ReportViews.Calibration> openingCalibration(HttpRequest<?> request, Authentication authentication, UUID id) {
        return analytics.openingCalibration(Caller.of(authentication), id, Revalidation.of(request)).response();
    }

    @Get("/calibration")
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE})
    @Operation(summary = "Interviewer calibration over the organisation", description = "Interviews scheduled from 'from' "
            + "(inclusive) to 'to' (exclusive), ISO-8601 instants; both optional.")
    HttpResponse<ReportViews.Calibration> organisationCalibration(HttpRequest<?> request, Authentication authentication,
                                                                  @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        return analytics.organisationCalibration(Caller.of(authentication), from, to, Revalidation.of(request)).response();
    }

    @Get("/openings/{id}/reliability")
    @Refusals.ById
    @Operation(summary = "Inter-rater reliability for an opening", description = "Krippendorff's alpha, ordinal and interval, "
            + "per kit question and pooled over each kit, with the number of units scored by two or more interviewers.")
    HttpResponse<ReportViews.Reliability> reliability(HttpRequest<?> request, Authentication authentication, UUID id) {
        return analytics.reliability(Caller.of(authentication), id, Revalidation.of(request)).response();
    }

    @Get(value = "/candidates/{id}/report.html", produces = MediaType.TEXT_HTML)
    @Refusals.ById
    @Operation(summary = "A candidate's hiring report as a printable page", description = "Dates and times in the reader's "
            + "time zone (zone, an IANA name such as Europe/Berlin; default UTC) and language (locale, a BCP 47 tag such as de-DE; "
            + "default en), each in a <time datetime> element.")
    HttpResponse<String> candidatePage(HttpRequest<?> request, Authentication authentication, UUID id,
                                       @Nullable @QueryValue @Size(max = 64) String zone,
                                       @Nullable @QueryValue @Size(max = 64) String locale) {
        CandidateReportPage.Reader reader = CandidateReportPage.Reader.of(zone, locale);
        // Nothing in it runs: it is text and a stylesheet, whatever the candidate's name or a note says.
        return reports.candidatePage(Caller.of(authentication), id, reader, Revalidation.of(request)).response()
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'self'");
    }

    @Get(value = "/openings/{id}/report.csv", produces = Csv.MEDIA_TYPE)
    @Refusals.ById
    @Operation(summary = "The opening report as CSV", description = "Every row, with the same sorting and filters as the JSON report.")
    HttpResponse<String> openingCsv(Authentication authentication, UUID id,
                                    @QueryValue(defaultValue = "score") SortKey sort,
                                    @QueryValue(defaultValue = "desc") Direction direction,
                                    @Nullable @QueryValue UUID stageId,
                                    @Nullable @QueryValue Decision decision,
                                    @Nullable @QueryValue CandidateStatus status) {
        String csv = exports.openingCsv(Caller.of(authentication), id, new ReportService.OpeningQuery(stageId, decision, status, sort,
                direction == Direction.desc));
        return attachment(csv, "opening-" + id + ".csv");
    }

    @Get(value = "/openings/{id}/scores.csv", produces = Csv.MEDIA_TYPE)
    @Refusals.ById
    @Operation(summary = "Every submitted score of an opening as CSV, one row per score")
    HttpResponse<String> rawScores(Authentication authentication, UUID id) {
        return attachment(exports.rawScoresCsv(Caller.of(authentication), id), "scores-" + id + ".csv");
    }

    private static HttpResponse<String> attachment(String csv, String filename) {
        return HttpResponse.ok(csv).contentType(Csv.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    @Get("/questions/{id}/analytics")
    @Refusals.ById
    @Operation(summary = "How a question performs, per version", description = "Per version asked in the caller's scope: how "
            + "often asked, not-assessed rate, score distribution, mean, floor and ceiling rates, alpha, the item–rest correlation, "
            + "agreement with the final decision, and the mean score of candidates later hired against those not hired "
            + "(docs/statistics.md).")
    ReportViews.QuestionAnalyticsOfQuestion questionAnalytics(Authentication authentication, UUID id) {
        return analytics.questionAnalytics(Caller.of(authentication), id);
    }

    @Get("/question-analytics")
    @Operation(summary = "Analytics of every question version asked in the caller's scope", description = "As for one "
            + "question, one entry per question version, in the bank's order.")
    List<ReportViews.QuestionAnalytics> allQuestionAnalytics(Authentication authentication) {
        return analytics.questionAnalytics(Caller.of(authentication));
    }

    enum SortKey { score, name, decision }

    enum Direction { asc, desc }

}
