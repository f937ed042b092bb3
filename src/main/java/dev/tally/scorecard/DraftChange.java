package dev.tally.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * What the audit log keeps of a change to a draft: which part changed, never its score, key points or note, which
 * nobody but the author reads before submission. The submission itself is audited in full.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record DraftChange(String part, @Nullable Integer position, @Nullable UUID redFlagId) {

    static DraftChange item(int position) {
        return new DraftChange("item", position, null);
    }

    static DraftChange flag(UUID redFlagId) {
        return new DraftChange("flag", null, redFlagId);
    }

    static DraftChange overall() {
        return new DraftChange("overall", null, null);
    }
}
