package dev.tally.report;

import dev.tally.access.AccountRenamed;
import dev.tally.audit.AuditLog;
import dev.tally.common.JsonText;
import dev.tally.common.UuidArray;
import dev.tally.hiring.InterviewChanged;
import dev.tally.hiring.InterviewOutline;
import dev.tally.hiring.InterviewRef;
import dev.tally.hiring.InterviewService;
import dev.tally.kit.KitService;
import dev.tally.scorecard.ScorecardService;
import dev.tally.scorecard.ScorecardSubmitted;
import dev.tally.scorecard.Submission;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each interview's stored outcome up to date: synchronously, inside the transaction that submits a scorecard or
 * changes the interview, so that a 200 means every report already shows the change. The outcome is computed by
 * {@link InterviewOutcome} with the same rules the reports apply, and nowhere else.
 */
@Singleton
class InterviewOutcomes {

    private final OutcomeRepository outcomes;
    private final InterviewService interviews;
    private final ScorecardService scorecards;
    private final KitService kits;
    private final JsonText json;
    private final AuditLog audit;

    InterviewOutcomes(OutcomeRepository outcomes, InterviewService interviews, ScorecardService scorecards, KitService kits,
                      JsonText json, AuditLog audit) {
        this.outcomes = outcomes;
        this.interviews = interviews;
        this.scorecards = scorecards;
        this.kits = kits;
        this.json = json;
        this.audit = audit;
    }

    @EventListener
    void onSubmitted(ScorecardSubmitted submitted) {
        refresh(submitted.orgId(), submitted.interviewId());
    }

    @EventListener
    void onChanged(InterviewChanged changed) {
        refreshAll(changed.orgId(), changed.interviewIds());
    }

    /** The stored reasons name interviewers: those of every interview of the renamed user's panels follow the new name. */
    @EventListener
    void onRenamed(AccountRenamed renamed) {
        refreshAll(renamed.orgId(), interviews.interviewsWithPanelist(renamed.orgId(), renamed.userId()));
    }

    /**
     * Several interviews in one transaction: their locks are all taken first, in id order, so that this never holds the
     * leniency totals' lock while waiting for an interview's, the order every single recomputation keeps. Two of these
     * take the interviews in the same order, so they cannot wait for each other either.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void refreshAll(UUID orgId, Collection<UUID> interviewIds) {
        List<UUID> ordered = interviewIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
        ordered.forEach(outcomes::lockInterview);
        ordered.forEach(interview -> refresh(orgId, interview));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void refresh(UUID orgId, UUID interviewId) {
        outcomes.lockInterview(interviewId);
        InterviewOutline interview = interviews.outline(orgId, interviewId);
        List<Submission> submissions = scorecards.submissions(orgId, interviewId);
        InterviewOutcome outcome = InterviewOutcome.of(interview, kits.scoringRules(orgId, interview.kitVersionId()), submissions);
        outcomes.saveItems(orgId, interviewId, json.of(outcome.items()));
        if (!outcome.raters().isEmpty()) {
            List<InterviewOutcome.RaterContribution> changes = changes(outcomes.contributions(orgId, interviewId), outcome.raters());
            outcomes.saveContributions(orgId, interviewId, json.of(outcome.raters()));
            if (!changes.isEmpty()) {
                outcomes.lockLeniencyTotals(orgId);
                outcomes.addToLeniencyTotals(orgId, json.of(changes));
            }
        }
        DecisionRules.Outcome decision = outcome.decision();
        outcomes.saveOutcome(orgId, interviewId, interview.openingId(), interview.candidateId(), interview.stageId(),
                outcome.facts().panelSize(), outcome.facts().submittedCount(), outcome.facts().amendedCount(),
                outcome.parts().weight(), outcome.parts().weighted(), json.of(outcome.competencies()),
                json.of(outcome.facts().recommendations()), outcome.flags(), outcome.knockouts(), decision.decision().name(),
                decision.decision().severity(), json.of(decision.reasons()), interview.scheduledAt(), json.of(outcome.facts()),
                json.of(outcome.panel()), json.of(outcome.raisedFlags()));
    }

    /** What each interviewer's totals change by: the new contributions less the stored ones. */
    private static List<InterviewOutcome.RaterContribution> changes(List<InterviewOutcome.RaterContribution> before,
                                                                    List<InterviewOutcome.RaterContribution> after) {
        Map<UUID, InterviewOutcome.RaterContribution> stored = new HashMap<>();
        before.forEach(row -> stored.put(row.interviewerId(), row));
        return after.stream().map(now -> {
            InterviewOutcome.RaterContribution was = stored.get(now.interviewerId());
            return was == null ? now : new InterviewOutcome.RaterContribution(now.interviewerId(),
                    now.diffSum().subtract(was.diffSum()), now.comparisons() - was.comparisons());
        }).filter(change -> change.diffSum().signum() != 0 || change.comparisons() != 0 || !stored.containsKey(change.interviewerId()))
                .toList();
    }

    /**
     * Gives a stored outcome to every interview of the batch that has none (those scheduled before outcomes were stored,
     * or by an older instance during an upgrade), computed from its history, and says how many it filled. Instances
     * starting together take turns.
     */
    @Transactional
    int backfill(List<InterviewRef> batch) {
        outcomes.lockBackfill();
        Map<UUID, List<UUID>> byOrganisation = new HashMap<>();
        batch.forEach(interview -> byOrganisation.computeIfAbsent(interview.orgId(), org -> new ArrayList<>()).add(interview.id()));
        int filled = 0;
        for (Map.Entry<UUID, List<UUID>> organisation : byOrganisation.entrySet()) {
            Set<UUID> done = Set.copyOf(outcomes.withOutcome(organisation.getKey(), UuidArray.of(organisation.getValue())));
            List<UUID> missing = organisation.getValue().stream().filter(id -> !done.contains(id)).toList();
            refreshAll(organisation.getKey(), missing);
            if (!missing.isEmpty()) {
                // Not a recorded change, but its reports show more now: their tags must move.
                audit.countChange(organisation.getKey());
            }
            filled += missing.size();
        }
        return filled;
    }

    @Transactional(readOnly = true)
    boolean outcomesStored() {
        return outcomes.outcomesStored();
    }
}
