package dev.tally.report;

import dev.tally.hiring.CandidateStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The hiring reports as the API returns them. Scores are on the 1-4 scale; percent = (W − 1) / 3 × 100. */
final class ReportViews {

    private ReportViews() {
    }

    /** A composite; with its 90 % band where the report gives one (candidate and interview, not the opening's rows). */
    @Serdeable
    record Composite(@Nullable Double score, @Nullable Double percent, @Nullable CompositeBand band) {
        static Composite of(@Nullable Double score) {
            return new Composite(score, dev.tally.report.Composite.percent(score), null);
        }

        static Composite of(Collection<ReportRows.ItemStat> items) {
            Double score = dev.tally.report.Composite.overall(items);
            return new Composite(score, dev.tally.report.Composite.percent(score), CompositeBand.of(items));
        }
    }

    /** Coverage: 0 raters "not assessed", 1 "single rater", 2 or more "covered". */
    @Serdeable
    record CompetencyScore(String competency, String competencyName, @Nullable Double score, int raters, String coverage,
                           CompositeBand band) {
        static String label(int raters) {
            return raters == 0 ? "not assessed" : raters == 1 ? "single rater" : "covered";
        }
    }

    @Serdeable
    record ScoreView(UUID interviewerId, String interviewerName, @Nullable Integer score, boolean notAssessed,
                     @Nullable String notAssessedReason, List<Integer> keyPoints, String note, int revision) {
    }

    @Serdeable
    record ItemReport(int position, String questionCode, int questionVersion, String questionText, String competency,
                      String competencyName, BigDecimal weight, boolean required,
                      List<ScoreView> scores, int n, @Nullable Double mean, @Nullable Integer min, @Nullable Integer max,
                      @Nullable Integer spread) {
    }

    @Serdeable
    record FlagView(UUID interviewId, String stage, UUID redFlagId, String title, String severity, boolean knockout,
                    UUID interviewerId, String interviewer, String note) {
    }

    /** A panelist; what they said (recommendation, summary, when) only once submitted and not hidden from the caller. */
    @Serdeable
    record PanelView(UUID interviewerId, String name, boolean submitted, int revision, boolean amended, @Nullable String recommendation,
                     @Nullable String summary, @Nullable Instant submittedAt) {
    }

    @Serdeable
    record KitRef(UUID id, int version, String name, @Nullable BigDecimal minOverall, Map<String, BigDecimal> minPerCompetency,
                  int disagreementSpread) {
    }

    @Serdeable
    record SuggestedDecision(Decision decision, List<Reason> reasons) {
    }

    /** The newest final decision, who made it, and what the report suggested then (null for decisions before V25). */
    @Serdeable
    record FinalDecision(String decision, String reason, Instant decidedAt, String decidedBy, @Nullable Decision suggestedThen,
                         boolean departsFromSuggestion) {
    }

    @Serdeable
    record InterviewReport(UUID interviewId, String stage, Instant scheduledAt, KitRef kit, List<PanelView> panel,
                           List<String> notSubmitted, List<ItemReport> items, Composite overall, List<CompetencyScore> competencies,
                           List<FlagView> redFlags, Map<String, Integer> recommendations, SuggestedDecision decision,
                           boolean hiddenUntilYouSubmit) {
    }

    @Serdeable
    record CandidateReport(UUID candidateId, String candidateName, String candidateEmail, String status, UUID openingId,
                           String openingTitle, List<InterviewReport> interviews, Composite overall,
                           Composite leniencyAdjusted, List<CompetencyScore> competencies, List<FlagView> redFlags,
                           Map<String, Integer> recommendations, SuggestedDecision suggestedDecision,
                           @Nullable FinalDecision finalDecision, List<String> notSubmitted, boolean amended,
                           @Nullable Composite originalOverall, String formula, String leniency,
                           @Schema(description = "Whether the caller may record the final decision: the opening's hiring manager, "
                                   + "while the candidate has not withdrawn") boolean mayDecide,
                           @Schema(description = "The final decisions (HIRE, NO_HIRE, HOLD) that go the way the suggested decision "
                                   + "points; choosing another departs from it and the reason should say why")
                           List<String> decisionsFollowingSuggestion) {
    }

    @Serdeable
    record Progress(int stagesPlanned, int stagesCompleted, int interviewsScheduled, int interviewsCompleted) {
    }

    @Serdeable
    record OpeningRow(UUID candidateId, String name, String email, String status, Progress progress, Composite overall,
                      Composite leniencyAdjusted, Map<String, Double> competencies, int redFlags, int knockouts,
                      Map<String, Integer> recommendations, Decision suggestedDecision, @Nullable String finalDecision,
                      int interviewsHiddenUntilYouSubmit) {
    }

    @Serdeable
    record OpeningReport(UUID openingId, String openingTitle, List<OpeningRow> items, int page, int size, long totalItems,
                         int totalPages, String formula) {
    }

    @Serdeable
    record InterviewerCalibration(UUID interviewerId, String interviewerName, int scorecards, Map<String, Integer> scores,
                                  Map<String, Integer> recommendations, @Nullable Double leniency, int comparisons,
                                  int interviews, @Nullable Double leniencyStandardError,
                                  LeniencyEstimate.@Nullable Interval leniencyInterval, boolean flagged, @Nullable String tendency) {
    }

    @Serdeable
    record Calibration(@Nullable UUID openingId, @Nullable Instant from, @Nullable Instant to, List<InterviewerCalibration> interviewers,
                       double flagThreshold, int minComparisons, String definition) {
    }

    @Serdeable
    record QuestionAnalytics(UUID questionId, String questionCode, int questionVersion, int timesAsked, int answers,
                             @Nullable Double notAssessedRate, Map<String, Integer> scores, @Nullable Double mean,
                             @Nullable Double floorRate, @Nullable Double ceilingRate, Alpha alpha, Correlation itemRest,
                             Correlation decisionAgreement, @Nullable Double hiredMean, int hiredCandidates,
                             @Nullable Double notHiredMean, int notHiredCandidates) {
    }

    /** A question's analytics, one entry per version asked in the caller's scope, newest first; none when never asked. */
    @Serdeable
    record QuestionAnalyticsOfQuestion(UUID questionId, String questionCode, List<QuestionAnalytics> versions) {
    }

    /**
     * Alpha over a set of units; null with status "insufficient data" below the minimum number of pairable units. The
     * reliability report adds each metric's 95 % bootstrap interval and its reading; question analytics give alpha alone.
     */
    @Serdeable
    record Alpha(int units, @Nullable Double ordinal, @Nullable Double interval, String status,
                 @Nullable KrippendorffAlpha.Interval ordinalInterval, @Nullable KrippendorffAlpha.Interval intervalInterval,
                 @Nullable KrippendorffAlpha.Reading ordinalReading, @Nullable KrippendorffAlpha.Reading intervalReading) {
    }

    @Serdeable
    record QuestionReliability(UUID questionId, String questionCode, int position, Alpha alpha) {
    }

    @Serdeable
    record KitReliability(UUID kitId, int kitVersion, String kitName, Alpha pooled, List<QuestionReliability> questions) {
    }

    @Serdeable
    record Reliability(UUID openingId, int minUnits, List<KitReliability> kits, String definition) {
    }

    /** Candidates whose W lies in [lower, upper) (the last bin includes 4), by suggested decision. */
    @Serdeable
    record ScoreBin(double lower, double upper, Map<Decision, Long> candidates) {
    }

    /** A stage of the opening's plan with its kit and the kit's minimum W. */
    @Serdeable
    record StageKit(UUID stageId, String stage, String kitName, int kitVersion, @Nullable BigDecimal minOverall) {
    }

    /** One step of the funnel: every candidate, then those with an interview at each stage in order, by candidate status. */
    @Serdeable
    record FunnelStep(@Nullable UUID stageId, String name, long total,
                      @Schema(description = "Candidates of the step by their status") Map<CandidateStatus, Long> candidates,
                      @Schema(description = "Candidates whose interview at this stage has every panelist's scorecard submitted")
                      long completed) {
    }

    /** What the opening's pictures draw, over all its candidates, counted in SQL and as far as the caller may see. */
    @Serdeable
    record OpeningReportSummary(UUID openingId, String openingTitle, long candidates, double binWidth, List<ScoreBin> distribution,
                          @Schema(description = "Candidates without a score the caller may see, by suggested decision")
                          Map<Decision, Long> withoutScore, List<StageKit> stages, List<FunnelStep> funnel, String definition) {
    }

    /** A submitted panelist's recommendation at one stage. */
    @Serdeable
    record Recommendation(String interviewer, String stage, String recommendation) {
    }

    /** One candidate of a comparison: the headline numbers of their candidate report, as the caller may see them. */
    @Serdeable
    record ComparedCandidate(UUID candidateId, String candidateName, String status, Composite overall, Composite leniencyAdjusted,
                             List<CompetencyScore> competencies, List<FlagView> redFlags, Map<String, Integer> recommendations,
                             List<Recommendation> panelists, SuggestedDecision suggestedDecision,
                             @Nullable FinalDecision finalDecision, int interviews, int interviewsHiddenUntilYouSubmit,
                             List<String> notSubmitted) {
    }

    @Serdeable
    record Comparison(UUID openingId, String openingTitle, List<ComparedCandidate> candidates) {
    }
}
