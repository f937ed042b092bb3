package dev.tally.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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

    /** One kit item of one interview, aggregated over the latest submitted revision of each scorecard. */
    @Introspected
    record ItemStat(UUID interviewId, UUID candidateId, int position, String questionCode, int questionVersion,
                    String competency, BigDecimal weight, boolean required, int n, @Nullable Double mean,
                    @Nullable Integer min, @Nullable Integer max, @Nullable Double adjustedMean) {

        @Nullable
        Integer spread() {
            return n == 0 ? null : max - min;
        }
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
}
