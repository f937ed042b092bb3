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
    record ItemStat(@MappedProperty("interview_id") UUID interviewId, @MappedProperty("candidate_id") UUID candidateId,
                    @MappedProperty("position") int position, @MappedProperty("question_code") String questionCode,
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
    }

    /** A red flag raised in a submitted scorecard. */
    @Introspected
    record RaisedFlag(UUID interviewId, UUID candidateId, UUID redFlagId, String title, String severity, boolean knockout,
                      UUID interviewerId, String interviewerName, String note) {
    }

    /** A panel member and whether their scorecard counts yet. */
    @Introspected
    record PanelSeat(UUID interviewId, UUID candidateId, UUID interviewerId, String interviewerName, int revision,
                     @Nullable String recommendation) {
    }

    /** One interviewer's answer to one item, as submitted. */
    @Introspected
    record Score(UUID interviewId, int position, UUID interviewerId, String interviewerName, int revision,
                 @Nullable Integer score, boolean notAssessed, @Nullable String notAssessedReason,
                 @TypeDef(type = DataType.JSON) List<Integer> keyPoints, String note) {
    }

    @Introspected
    record Coverage(UUID candidateId, @Nullable UUID interviewId, String competency, int raters) {
    }

    @Introspected
    record CandidateRow(UUID id, String name, String email, String status, @Nullable String finalDecision,
                        @Nullable String finalReason, @Nullable Instant decidedAt) {
    }

    @Introspected
    record OpeningRef(UUID id, String title, UUID hiringManagerId) {
    }

    /**
     * One interview of an opening as the opening report reads it, in one statement: its facts, the summary maintained at
     * submit time, and its leniency-adjusted Σ w_i·mean_i. Lists come as comma-separated text, cheap to read in bulk.
     */
    @Introspected
    record OpeningInterview(@MappedProperty("interview_id") UUID interviewId, @MappedProperty("candidate_id") UUID candidateId,
                            @MappedProperty("stage_id") UUID stageId, @MappedProperty("stage_name") String stageName,
                            @MappedProperty("scheduled_at") Instant scheduledAt, @MappedProperty("kit_id") UUID kitId,
                            @MappedProperty("kit_version") int kitVersion, @MappedProperty("kit_name") String kitName,
                            @MappedProperty("min_overall") @Nullable BigDecimal minOverall,
                            @MappedProperty("disagreement_spread") int disagreementSpread,
                            @MappedProperty("min_per_competency") @Nullable String minPerCompetency,
                            @MappedProperty("panel_size") int panelSize, @MappedProperty("submitted") int submitted,
                            @MappedProperty("amended") int amended, @MappedProperty("weight_sum") double weightSum,
                            @MappedProperty("weighted_sum") double weightedSum,
                            @MappedProperty("competency_codes") String competencyCodes,
                            @MappedProperty("competency_weighted") String competencyWeighted,
                            @MappedProperty("competency_weights") String competencyWeights,
                            @MappedProperty("disagreements") int disagreements,
                            @MappedProperty("definitely_no") int definitelyNo, @MappedProperty("no") int no,
                            @MappedProperty("yes") int yes, @MappedProperty("strong_yes") int strongYes,
                            @MappedProperty("no_decision") int noDecision,
                            @MappedProperty("adjusted_sum") @Nullable Double adjustedSum) {

        InterviewFacts facts() {
            Map<String, Integer> recommendations = new java.util.TreeMap<>();
            put(recommendations, "DEFINITELY_NO", definitelyNo);
            put(recommendations, "NO", no);
            put(recommendations, "YES", yes);
            put(recommendations, "STRONG_YES", strongYes);
            put(recommendations, "NO_DECISION", noDecision);
            Map<String, BigDecimal> minimums = new java.util.TreeMap<>();
            if (minPerCompetency != null && !minPerCompetency.isEmpty()) {
                for (String pair : minPerCompetency.split(",")) {
                    String[] parts = pair.split("=");
                    minimums.put(parts[0], new BigDecimal(parts[1]));
                }
            }
            return new InterviewFacts(interviewId, candidateId, stageId, stageName, scheduledAt, kitId, kitVersion, kitName,
                    minOverall, disagreementSpread, panelSize, submitted, amended, recommendations, minimums);
        }

        InterviewScores scores() {
            return new InterviewScores(weightSum == 0 ? null : weightedSum / weightSum, byCompetency(), disagreements, List.of());
        }

        /** Per competency: [Σ w_i·mean_i, Σ w_i]. */
        Map<String, double[]> competencyParts() {
            Map<String, double[]> parts = new java.util.TreeMap<>();
            if (!competencyCodes.isEmpty()) {
                String[] codes = competencyCodes.split(",");
                String[] weighted = competencyWeighted.split(",");
                String[] weights = competencyWeights.split(",");
                for (int i = 0; i < codes.length; i++) {
                    parts.put(codes[i], new double[] {Double.parseDouble(weighted[i]), Double.parseDouble(weights[i])});
                }
            }
            return parts;
        }

        private Map<String, Double> byCompetency() {
            Map<String, Double> scores = new java.util.TreeMap<>();
            competencyParts().forEach((competency, parts) -> scores.put(competency, parts[0] / parts[1]));
            return scores;
        }

        private static void put(Map<String, Integer> tally, String recommendation, int count) {
            if (count > 0) {
                tally.put(recommendation, count);
            }
        }
    }

}
