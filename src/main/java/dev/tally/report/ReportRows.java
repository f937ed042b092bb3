package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the report queries return: the stored outcomes of interviews and the facts beside them. */
final class ReportRows {

    private ReportRows() {
    }

    /**
     * One kit item of one interview, aggregated over the newest submitted revision of each scorecard, with the scores
     * and their interviewers side by side (the same order in both).
     */
    @Introspected
    @Serdeable
    record ItemStat(UUID interviewId, int position, String questionCode, int questionVersion, String competency,
                    BigDecimal weight, boolean required, int n, @Nullable Double mean, @Nullable Integer min,
                    @Nullable Integer max, @TypeDef(type = DataType.JSON) List<UUID> raters,
                    @TypeDef(type = DataType.JSON) List<Integer> scores) {

        @Nullable
        Integer spread() {
            return n == 0 ? null : max - min;
        }

        /** The mean of each score minus its interviewer's leniency (zero for those not counted), clamped to 1-4. */
        @Nullable
        Double adjustedMean(Map<UUID, Double> leniency) {
            if (n == 0) {
                return null;
            }
            if (leniency.isEmpty()) {
                return mean;
            }
            double sum = 0;
            for (int i = 0; i < scores.size(); i++) {
                sum += Math.max(1, Math.min(4, scores.get(i) - leniency.getOrDefault(raters.get(i), 0.0)));
            }
            return sum / scores.size();
        }
    }

    /** An interviewer's leniency over the organisation and the number of comparisons behind it. */
    @Introspected
    @Serdeable
    record Leniency(UUID interviewerId, @Nullable Double leniency, int comparisons) {
    }

    /** One interview with its kit's rules and how far its panel has come. */
    @Introspected
    @Serdeable
    record InterviewFacts(UUID interviewId, UUID candidateId, UUID stageId, String stageName, Instant scheduledAt, UUID kitId, int kitVersion,
                          String kitName, @Nullable BigDecimal minOverall, int disagreementSpread, int panelSize,
                          int submittedCount, int amendedCount,
                          @TypeDef(type = DataType.JSON) Map<String, Integer> recommendations,
                          @TypeDef(type = DataType.JSON) Map<String, BigDecimal> minPerCompetency) {

        /** The interview as a caller sees it while blind scoring hides its scores: who submitted, nothing they said. */
        InterviewFacts withoutScores() {
            return new InterviewFacts(interviewId, candidateId, stageId, stageName, scheduledAt, kitId, kitVersion, kitName, minOverall,
                    disagreementSpread, panelSize, submittedCount, 0, Map.of(), minPerCompetency);
        }
    }

    /** A red flag raised in a submitted scorecard. */
    @Introspected
    @Serdeable
    record RaisedFlag(UUID interviewId, UUID redFlagId, String title, String severity, boolean knockout,
                      UUID interviewerId, String interviewerName, String note) {
    }

    /** A panel member and whether their scorecard counts yet. */
    @Introspected
    @Serdeable
    record PanelSeat(UUID interviewId, UUID interviewerId, String interviewerName, int revision,
                     @Nullable String recommendation) {

        PanelSeat withoutRecommendation() {
            return new PanelSeat(interviewId, interviewerId, interviewerName, revision, null);
        }
    }

    /** One interviewer's answer to one item, as submitted. */
    @Introspected
    record Score(UUID interviewId, int position, UUID interviewerId, String interviewerName, int revision,
                 @Nullable Integer score, boolean notAssessed, @Nullable String notAssessedReason,
                 @TypeDef(type = DataType.JSON) List<Integer> keyPoints, String note) {
    }

    @Introspected
    record OpeningRef(UUID id, String title, UUID hiringManagerId) {
    }

    /** A candidate with their opening and the newest final decision: the head of the candidate report. */
    @Introspected
    record CandidateHeader(UUID id, String name, String email, String status, @Nullable String finalDecision,
                           @Nullable String finalReason, @Nullable Instant decidedAt, @Nullable String suggestedAtDecision,
                           @Nullable String decidedByName, UUID openingId, String openingTitle,
                           UUID hiringManagerId, @TypeDef(type = DataType.JSON) List<Leniency> leniencies) {

        OpeningRef opening() {
            return new OpeningRef(openingId, openingTitle, hiringManagerId);
        }
    }

    /** The question texts and panelists' summaries of one interview (summaries of submitted scorecards only). */
    @Introspected
    record InterviewTexts(UUID interviewId, @TypeDef(type = DataType.JSON) List<Question> questions,
                          @TypeDef(type = DataType.JSON) List<Summary> summaries) {

        @Serdeable
        record Question(int position, String text, String competency, String competencyName) {
        }

        @Serdeable
        record Summary(UUID interviewerId, String summary, Instant submittedAt) {
        }
    }

    /** An interview's outcome as stored when its scorecards were submitted or its panel changed. */
    @Introspected
    record StoredOutcome(UUID interviewId, UUID candidateId, UUID stageId, int panelSize, int submitted, int amended,
                         double weightSum, double weightedSum,
                         @TypeDef(type = DataType.JSON) Map<String, Composite.Parts> competencies,
                         @TypeDef(type = DataType.JSON) Map<String, Integer> recommendations, int flags, int knockouts,
                         Decision decision, @TypeDef(type = DataType.JSON) List<Reason> reasons,
                         @TypeDef(type = DataType.JSON) InterviewFacts facts, @TypeDef(type = DataType.JSON) List<PanelSeat> panel,
                         @TypeDef(type = DataType.JSON) List<RaisedFlag> raisedFlags,
                         @TypeDef(type = DataType.JSON) List<ItemStat> items) {

        Composite.Parts parts() {
            return new Composite.Parts(weightedSum, weightSum);
        }

        boolean complete() {
            return panelSize > 0 && submitted == panelSize;
        }

        DecisionRules.Outcome outcome() {
            return new DecisionRules.Outcome(decision, reasons);
        }
    }

    /** A candidate of one page of the opening report, with the number of candidates the filters select. */
    @Introspected
    record CandidateLine(UUID id, String name, String email, String status, @Nullable String finalDecision,
                         @Nullable String finalReason, @Nullable Instant decidedAt, long total) {
    }

    /**
     * How many of an opening's candidates have their W in one bin ({@code null}: no score the caller may see) with one
     * suggested decision, given as its severity.
     */
    @Introspected
    record ScoreBinCount(@Nullable Integer bin, int decisionRank, long candidates) {
    }

    /**
     * One step of an opening's funnel with the candidates of one status: every candidate (no stage, position 0), or those
     * with an interview at a stage (and those of them with one whose panel has all submitted), with the stage's kit.
     */
    @Introspected
    record FunnelCount(@Nullable UUID stageId, @Nullable String stageName, int position, @Nullable String kitName,
                       @Nullable Integer kitVersion, @Nullable BigDecimal minOverall, @Nullable String status, long candidates,
                       long completed) {
    }

    /** A candidate of the organisation and the opening they apply for. */
    @Introspected
    record CandidateOpening(UUID id, UUID openingId) {
    }
}
