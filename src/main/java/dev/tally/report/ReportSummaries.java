package dev.tally.report;

import dev.tally.common.Caller;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import dev.tally.hiring.CandidateStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the opening report's pictures draw, over every candidate of the opening rather than one page: how their W is
 * distributed, by suggested decision, and how far they came through the stages, by status. Counted in SQL, so it
 * costs three statements whatever the number of candidates.
 */
@Singleton
class ReportSummaries {

    /** A quarter of a scale point: twelve bins from 1 to 4. */
    static final double BIN_WIDTH = 0.25;
    private static final int BINS = (int) Math.round(3 / BIN_WIDTH);

    static final String DEFINITION = "Distribution: the candidates of the opening by their W (the opening report's, over the "
            + "interviews you may see) in bins of " + BIN_WIDTH + " from 1 to 4, each bin from its lower bound up to but not including "
            + "its upper bound (the last includes 4), by suggested decision; candidates without a score are counted apart. "
            + "Funnel: every candidate, then per stage those with an interview at it, by candidate status; completed counts those "
            + "whose interview at the stage has every panelist's scorecard submitted.";

    private final ReportService reports;
    private final ReportReads reads;
    private final ReportTags tags;

    ReportSummaries(ReportService reports, ReportReads reads, ReportTags tags) {
        this.reports = reports;
        this.reads = reads;
        this.tags = tags;
    }

    /** Built only when the client does not hold it already (see {@link ReportTags}). */
    @Transactional(readOnly = true)
    Tagged<ReportViews.OpeningReportSummary> openingSummary(Caller caller, UUID openingId, Revalidation client) {
        String tag = tags.of(caller, "opening report summary", openingId);
        ReportRows.OpeningRef opening = reports.openingOf(caller, openingId);
        return client.answer(tag, () -> openingSummary(caller, opening));
    }

    private ReportViews.OpeningReportSummary openingSummary(Caller caller, ReportRows.OpeningRef opening) {
        UUID openingId = opening.id();
        List<ReportViews.ScoreBin> bins = new ArrayList<>();
        for (int bin = 0; bin < BINS; bin++) {
            bins.add(new ReportViews.ScoreBin(1 + bin * BIN_WIDTH, 1 + (bin + 1) * BIN_WIDTH, byDecision()));
        }
        Map<Decision, Long> withoutScore = byDecision();
        long candidates = 0;
        for (ReportRows.ScoreBinCount count : reads.rows().scoreDistribution(caller.orgId(), openingId, reports.hiddenFrom(caller).asArray(),
                Decision.INCOMPLETE.severity(), null, BIN_WIDTH, BINS)) {
            Map<Decision, Long> into = count.bin() == null ? withoutScore : bins.get(count.bin()).candidates();
            into.merge(Decision.ofSeverity(count.decisionRank()), count.candidates(), Long::sum);
            candidates += count.candidates();
        }
        Map<String, ReportViews.StageKit> stages = new LinkedHashMap<>();
        Map<String, FunnelTally> steps = new LinkedHashMap<>();
        for (ReportRows.FunnelCount count : reads.rows().funnel(caller.orgId(), openingId)) {
            String step = count.stageId() == null ? "" : count.stageId().toString();
            if (count.stageId() != null) {
                stages.putIfAbsent(step, new ReportViews.StageKit(count.stageId(), count.stageName(), count.kitName(), count.kitVersion(),
                        count.minOverall()));
            }
            FunnelTally tally = steps.computeIfAbsent(step, key -> new FunnelTally(count.stageId(),
                    count.stageId() == null ? "All candidates" : count.stageName()));
            if (count.status() != null) {
                tally.candidates.merge(CandidateStatus.valueOf(count.status()), count.candidates(), Long::sum);
                tally.completed += count.completed();
            }
        }
        return new ReportViews.OpeningReportSummary(opening.id(), opening.title(), candidates, BIN_WIDTH, bins, withoutScore,
                List.copyOf(stages.values()), steps.values().stream().map(FunnelTally::step).toList(), DEFINITION);
    }

    /** Every decision, most favourable first, so that a picture's legend reads the same in every opening. */
    private static Map<Decision, Long> byDecision() {
        Map<Decision, Long> counts = new LinkedHashMap<>();
        for (Decision decision : List.of(Decision.ADVANCE, Decision.DISCUSS, Decision.INCOMPLETE, Decision.REJECT)) {
            counts.put(decision, 0L);
        }
        return counts;
    }

    private static final class FunnelTally {
        private final UUID stageId;
        private final String name;
        private final Map<CandidateStatus, Long> candidates = new EnumMap<>(CandidateStatus.class);
        private long completed;

        FunnelTally(UUID stageId, String name) {
            this.stageId = stageId;
            this.name = name;
            for (CandidateStatus status : CandidateStatus.values()) {
                candidates.put(status, 0L);
            }
        }

        ReportViews.FunnelStep step() {
            return new ReportViews.FunnelStep(stageId, name, candidates.values().stream().mapToLong(Long::longValue).sum(),
                    candidates, completed);
        }
    }
}
