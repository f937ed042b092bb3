package dev.tally.fairness;

import dev.tally.common.Caller;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Which candidates of an opening each stage advanced and which it did not: the report feature answers it from the
 * decisions it stores, so that fairness applies no decision rule of its own (and depends on nothing of reports).
 */
public interface StageOutcomes {

    /**
     * One row per candidate and stage with a decision there, over the interviews the caller may see. At the last stage a
     * candidate was interviewed at, a final HIRE (advanced) or NO_HIRE (not) decides; anywhere else, and there while no
     * final decision is recorded or it is HOLD, the stage's suggested decision: ADVANCE advanced, REJECT not, DISCUSS and
     * INCOMPLETE leave the stage undecided (no row).
     */
    List<Decided> decidedAt(Caller caller, UUID openingId);

    /** {@code finalDecision}: decided by the hiring manager's final decision rather than the suggested one. */
    @Introspected
    @Serdeable
    record Decided(UUID candidateId, UUID stageId, boolean advanced, boolean finalDecision) {
    }
}
