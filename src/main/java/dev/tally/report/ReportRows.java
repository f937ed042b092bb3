package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the report queries return: aggregates computed by PostgreSQL over submitted scorecards. */
final class ReportRows {

    private ReportRows() {
    }

    /**
     * One kit item of one interview, aggregated over the newest submitted revision of each scorecard, with the scores
     * and their interviewers side by side as comma-separated text (the same order in both).
     */
    @Introspected
    record ItemStat(@MappedProperty("interview_id") UUID interviewId, @MappedProperty("position") int position, @MappedProperty("question_code") String questionCode,
                    @MappedProperty("question_version") int questionVersion, @MappedProperty("competency") String competency,
                    @MappedProperty("weight") BigDecimal weight, @MappedProperty("required") boolean required,
                    @MappedProperty("n") int n, @MappedProperty("mean") @Nullable Double mean,
                    @MappedProperty("min") @Nullable Integer min, @MappedProperty("max") @Nullable Integer max,
                    @MappedProperty("raters") String raters, @MappedProperty("scores") String scores) {

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
            String[] who = raters.split(",");
            String[] what = scores.split(",");
            double sum = 0;
            for (int i = 0; i < what.length; i++) {
                sum += Math.max(1, Math.min(4, Integer.parseInt(what[i]) - leniency.getOrDefault(UUID.fromString(who[i]), 0.0)));
            }
            return sum / what.length;
        }
    }

    /** An interviewer's leniency over the organisation and the number of comparisons behind it. */
    @Introspected
    record Leniency(UUID interviewerId, @Nullable Double leniency, int comparisons) {
    }

    /** One interview with its kit's rules and how far its panel has come. */
    @Introspected
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
    record RaisedFlag(UUID interviewId, UUID redFlagId, String title, String severity, boolean knockout,
                      UUID interviewerId, String interviewerName, String note) {
    }

    /** A panel member and whether their scorecard counts yet. */
    @Introspected
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

    /** Column names spelled out: the opening report reads thousands, and deriving each name per row costs more than reading it. */
    @Introspected
    record CandidateRow(@MappedProperty("id") UUID id, @MappedProperty("name") String name, @MappedProperty("email") String email,
                        @MappedProperty("status") String status, @MappedProperty("final_decision") @Nullable String finalDecision,
                        @MappedProperty("final_reason") @Nullable String finalReason,
                        @MappedProperty("decided_at") @Nullable Instant decidedAt) {
    }

    @Introspected
    record OpeningRef(UUID id, String title, UUID hiringManagerId) {
    }

    /**
     * One interview of an opening as the opening report reads it, in one statement: its facts, the summary maintained at
     * submit time, and its leniency-adjusted Σ w_i·mean_i (null before anyone submitted).
     */
    record OpeningInterview(InterviewFacts facts, double weightSum, double weightedSum, List<CompetencyPart> competencies,
                            int disagreements, @Nullable Double adjustedSum) {

        InterviewScores scores() {
            Map<String, Double> byCompetency = new java.util.TreeMap<>();
            competencies.forEach(part -> byCompetency.put(part.competency(), part.weighted() / part.weight()));
            return new InterviewScores(weightSum == 0 ? null : weightedSum / weightSum, byCompetency, disagreements, List.of());
        }
    }

    /** Σ w_i·mean_i and Σ w_i over the scored items of one competency in one interview. */
    record CompetencyPart(String competency, double weighted, double weight) {
    }

}
