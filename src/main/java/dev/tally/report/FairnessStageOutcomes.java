package dev.tally.report;

import dev.tally.common.Caller;
import dev.tally.fairness.StageOutcomes;
import dev.tally.scorecard.ScoreVisibility;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The stage decisions fairness monitoring counts, read from the stored interview outcomes: the same suggested decision
 * the reports show (most severe over a stage's interviews), so no decision rule is written twice.
 */
@Singleton
class FairnessStageOutcomes implements StageOutcomes {

    private final ReportReads reads;
    private final ScoreVisibility visibility;

    FairnessStageOutcomes(ReportReads reads, ScoreVisibility visibility) {
        this.reads = reads;
        this.visibility = visibility;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decided> decidedAt(Caller caller, UUID openingId) {
        return reads.rows().stageDecisions(caller.orgId(), openingId, visibility.hiddenFrom(caller).asArray());
    }
}
