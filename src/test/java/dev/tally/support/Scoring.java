package dev.tally.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An interviewer filling in their scorecard through the API, step by step as the page would save it:
 * <pre>{@code
 * scoring(api, p1, interview).score(1, 3).note("Knew select_related").notAssessed(3, "Ran out of time")
 *         .flag(ORM_IGNORANCE, "Wanted raw SQL").recommend("YES").submit();
 * }</pre>
 * Each step is one save, sent in the order written, with the version the previous save answered; a score's note is
 * sent with it. Any save or submission that is refused fails the test at once, naming the response.
 */
public final class Scoring {

    private final Api api;
    private final Member interviewer;
    private final String scorecard;
    private int version;
    /** The item whose note may still follow: sent when the next step starts. */
    private Map<String, Object> pendingItem;
    private int pendingPosition;

    private Scoring(Api api, Member interviewer, UUID interview) {
        this.api = api;
        this.interviewer = interviewer;
        this.scorecard = "/api/v1/interviews/" + interview + "/scorecard";
    }

    /** A draft the interviewer has not touched yet (version 0). */
    public static Scoring scoring(Api api, Member interviewer, UUID interview) {
        return new Scoring(api, interviewer, interview);
    }

    /** Reopens the interviewer's submitted scorecard with a reason; the steps that follow change the amendment. */
    public Scoring amend(String reason) {
        flush();
        version = require(api.post(interviewer.token(), scorecard + "/amend", Map.of("reason", reason))).version();
        return this;
    }

    public Scoring score(int position, int score) {
        flush();
        pendingPosition = position;
        pendingItem = new HashMap<>(Map.of("score", score));
        return this;
    }

    /** The evidence for the score just given. */
    public Scoring note(String note) {
        if (pendingItem == null) {
            throw new IllegalStateException("note() follows score()");
        }
        pendingItem.put("note", note);
        return this;
    }

    public Scoring notAssessed(int position, String reason) {
        flush();
        return save("/items/" + position, Map.of("notAssessed", true, "notAssessedReason", reason));
    }

    public Scoring flag(String redFlagId, String note) {
        flush();
        return save("/flags/" + redFlagId, Map.of("raised", true, "note", note));
    }

    public Scoring recommend(String recommendation) {
        flush();
        return save("/overall", Map.of("recommendation", recommendation));
    }

    /** The recommendation with the written summary the hiring manager reads beside it. */
    public Scoring recommend(String recommendation, String summary) {
        flush();
        return save("/overall", Map.of("recommendation", recommendation, "summary", summary));
    }

    /** Saves what is pending and leaves the scorecard a draft. */
    public Saved save() {
        flush();
        return new Saved(version, "DRAFT");
    }

    public Saved submit() {
        flush();
        return require(api.post(interviewer.token(), scorecard + "/submit", Map.of("baseVersion", version)));
    }

    private void flush() {
        if (pendingItem != null) {
            Map<String, Object> item = pendingItem;
            pendingItem = null;
            save("/items/" + pendingPosition, item);
        }
    }

    private Scoring save(String part, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("baseVersion", version);
        version = require(api.put(interviewer.token(), scorecard + part, withVersion)).version();
        return this;
    }

    private static Saved require(Response response) {
        if (response.status() != 200) {
            throw new AssertionError("The scorecard refused a step: " + response);
        }
        return new Saved(response.<Number>get("version").intValue(), response.string("status"));
    }

    /** The scorecard as the last step left it. */
    public record Saved(int version, String status) {
    }
}
