package dev.tally.scorecard;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the scorecard endpoints answer. Items are addressed by their position in the kit, from 1. */
final class ScorecardViews {

    private ScorecardViews() {
    }

    /** The answer to one kit item: a score or "not assessed", the key points covered (by position, from 0), and evidence. */
    @Serdeable
    @Introspected
    record ItemAnswer(int position, @Nullable Integer score, boolean notAssessed, @Nullable String notAssessedReason,
                      @TypeDef(type = DataType.JSON) List<Integer> keyPoints, String note) {
    }

    @Serdeable
    @Introspected
    record FlagAnswer(UUID redFlagId, boolean raised, String note) {
    }

    @Serdeable
    @Introspected
    record RevisionSummary(int revision, Instant submittedAt, @Nullable String amendReason) {
    }

    /** The caller's own scorecard, as they are filling it in. */
    @Serdeable
    record OwnScorecard(UUID interviewId, UUID interviewerId, ScorecardStatus status, int version, int revision,
                        List<ItemAnswer> items, List<FlagAnswer> flags, @Nullable Recommendation recommendation, String summary,
                        @Nullable String amendReason, List<RevisionSummary> revisions) {
    }

    /** A submitted revision, as co-panelists, the hiring manager, recruiters and admins read it. */
    @Serdeable
    record SubmittedScorecard(UUID interviewId, UUID interviewerId, String interviewerName, int revision, boolean amended,
                              @Nullable String amendReason, Instant submittedAt, Recommendation recommendation, String summary,
                              List<ItemAnswer> items, List<FlagAnswer> raisedFlags, List<RevisionSummary> revisions) {
    }

    @Serdeable
    record PanelScorecards(UUID interviewId, List<SubmittedScorecard> submitted, List<UUID> notYetSubmitted) {
    }

    @Serdeable
    record ItemSaved(int version, ItemAnswer item) {
    }

    @Serdeable
    record FlagSaved(int version, FlagAnswer flag) {
    }

    @Serdeable
    record OverallSaved(int version, @Nullable Recommendation recommendation, String summary) {
    }

    @Introspected
    record RevisionHeader(UUID scorecardId, UUID interviewerId, int revision, Recommendation recommendation, String summary,
                          @Nullable String amendReason, Instant submittedAt) {
    }

    @Introspected
    record RevisionItem(UUID scorecardId, int position, @Nullable Integer score, boolean notAssessed,
                        @Nullable String notAssessedReason, @TypeDef(type = DataType.JSON) List<Integer> keyPoints, String note) {

        ItemAnswer answer() {
            return new ItemAnswer(position, score, notAssessed, notAssessedReason, keyPoints, note);
        }
    }

    @Introspected
    record RevisionFlag(UUID scorecardId, UUID redFlagId, String note) {
    }

    @Introspected
    record RevisionOfScorecard(UUID scorecardId, int revision, Instant submittedAt, @Nullable String amendReason) {
    }
}
