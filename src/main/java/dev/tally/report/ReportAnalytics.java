package dev.tally.report;

import dev.tally.common.Caller;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import dev.tally.question.QuestionService;
import dev.tally.question.QuestionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** How well the interviewing works: interviewer calibration, inter-rater reliability, and question analytics. */
@Singleton
class ReportAnalytics {

    static final int BOOTSTRAP_RESAMPLES = 2000;
    /** Fixed, so that the same scores always give the same interval: a report read twice must not change. */
    static final long BOOTSTRAP_SEED = 20070101L;

    private final ReportService reports;
    private final ReportReads reads;
    private final ReportSettings settings;
    private final QuestionService questions;
    private final ReportTags tags;

    ReportAnalytics(ReportService reports, ReportReads reads, ReportSettings settings, QuestionService questions, ReportTags tags) {
        this.reports = reports;
        this.reads = reads;
        this.settings = settings;
        this.questions = questions;
        this.tags = tags;
    }

    /** Built only when the client does not hold it already (see {@link ReportTags}). */
    @Transactional(readOnly = true)
    Tagged<ReportViews.Calibration> openingCalibration(Caller caller, UUID openingId, Revalidation client) {
        String tag = tags.of(caller, "opening calibration", openingId);
        reports.openingOf(caller, openingId);
        return client.answer(tag, () -> calibration(reads.rows().calibration(caller.orgId(), openingId, null, null, null,
                reports.hiddenFrom(caller).asArray()), openingId, null, null));
    }

    /** Calibration over the interviews of the caller's scope scheduled in [from, to); built only when the client does not hold it. */
    @Transactional(readOnly = true)
    Tagged<ReportViews.Calibration> organisationCalibration(Caller caller, @Nullable Instant from, @Nullable Instant to,
                                                            Revalidation client) {
        String tag = tags.of(caller, "calibration", from, to);
        return client.answer(tag, () -> {
            ReportService.Scope scope = reports.scopeOf(caller);
            return calibration(reads.rows().calibration(caller.orgId(), null, from, to, scope.managerId(), scope.hidden()), null, from, to);
        });
    }

    private ReportViews.Calibration calibration(List<CalibrationRow> rows, @Nullable UUID openingId, @Nullable Instant from,
                                                @Nullable Instant to) {
        List<ReportViews.InterviewerCalibration> interviewers = rows.stream().map(row -> {
            LeniencyEstimate leniency = LeniencyEstimate.of(row.clusters());
            boolean flagged = leniency.flagged(settings.minComparisons(), settings.leniencyFlag());
            Map<String, Integer> scores = new java.util.LinkedHashMap<>();
            scores.put("1", row.scored1());
            scores.put("2", row.scored2());
            scores.put("3", row.scored3());
            scores.put("4", row.scored4());
            scores.put("notAssessed", row.notAssessed());
            Map<String, Integer> recommendations = new java.util.LinkedHashMap<>();
            recommendations.put("DEFINITELY_NO", row.definitelyNo());
            recommendations.put("NO", row.no());
            recommendations.put("YES", row.yes());
            recommendations.put("STRONG_YES", row.strongYes());
            recommendations.put("NO_DECISION", row.noDecision());
            return new ReportViews.InterviewerCalibration(row.interviewerId(), row.interviewerName(), row.scorecards(), scores,
                    recommendations, leniency.leniency(), leniency.comparisons(), leniency.interviews(), leniency.standardError(),
                    leniency.interval(), flagged, flagged ? (leniency.leniency() > 0 ? "lenient" : "severe") : null);
        }).toList();
        return new ReportViews.Calibration(openingId, from, to, interviewers, settings.leniencyFlag(), settings.minComparisons(),
                String.format(ReportService.LENIENCY_TEXT, settings.minComparisons()) + " Flagged when |L_r| ≥ " + settings.leniencyFlag()
                        + " with at least " + settings.minComparisons() + " comparisons in at least " + LeniencyEstimate.MIN_INTERVIEWS
                        + " interviews and the 95% interval L_r ± t(0.975, J−1)·SE_r excludes 0, where SE_r = sqrt(J/(J−1) · Σ n_j²·(m_j − L_r)²) / Σ n_j"
                        + " over the J interviews, n_j comparisons with mean m_j in interview j.");
    }

    /**
     * Krippendorff's alpha per kit question and pooled over each kit: a unit is one item of one interview, the coders are
     * the interviewers, the values their scores.
     */
    @Transactional(readOnly = true)
    Tagged<ReportViews.Reliability> reliability(Caller caller, UUID openingId, Revalidation client) {
        String tag = tags.of(caller, "reliability", openingId);
        reports.openingOf(caller, openingId);
        return client.answer(tag, () -> reliabilityOf(caller, openingId));
    }

    private ReportViews.Reliability reliabilityOf(Caller caller, UUID openingId) {
        Map<String, List<ReliabilityRow>> byKit = reads.rows().reliabilityScores(caller.orgId(), openingId, null, null,
                        reports.hiddenFrom(caller).asArray()).stream()
                .collect(Collectors.groupingBy(row -> row.kitId() + "/" + row.kitVersion(), java.util.LinkedHashMap::new, Collectors.toList()));
        List<ReportViews.KitReliability> kits = byKit.values().stream().map(rows -> {
            ReliabilityRow first = rows.get(0);
            List<ReportViews.QuestionReliability> questions = rows.stream()
                    .collect(Collectors.groupingBy(ReliabilityRow::position, TreeMap::new, Collectors.toList()))
                    .values().stream().map(ofItem -> new ReportViews.QuestionReliability(ofItem.get(0).questionId(),
                            ofItem.get(0).questionCode(), ofItem.get(0).position(), alpha(ofItem, true))).toList();
            return new ReportViews.KitReliability(first.kitId(), first.kitVersion(), first.kitName(), alpha(rows, true), questions);
        }).toList();
        return new ReportViews.Reliability(openingId, settings.minUnits(), kits, "Krippendorff's alpha (ordinal and interval) "
                + "from the coincidence matrix of pairable scores; a unit is one item of one interview, coders are interviewers, "
                + "not assessed is missing. Below " + settings.minUnits() + " units with two or more scores: insufficient data. Each "
                + "alpha has a 95% bootstrap interval (Hayes & Krippendorff 2007, " + BOOTSTRAP_RESAMPLES + " resamples, seeded) and a "
                + "reading: reliable from 0.800, tentative from 0.667, unreliable below.");
    }

    ReportViews.Alpha alpha(List<ReliabilityRow> rows) {
        return alpha(rows, false);
    }

    /** With {@code bootstrap}, each metric's 95 % interval (seeded, so the same data always give the same interval). */
    ReportViews.Alpha alpha(List<ReliabilityRow> rows, boolean bootstrap) {
        Map<String, Map<String, Double>> units = new java.util.LinkedHashMap<>();
        rows.forEach(row -> units.computeIfAbsent(row.interviewId() + "/" + row.position(), unit -> new HashMap<>())
                .put(row.interviewerId().toString(), (double) row.score()));
        KrippendorffAlpha.Result ordinal = KrippendorffAlpha.compute(units.values(), KrippendorffAlpha.Metric.ORDINAL);
        if (ordinal.pairableUnits() < settings.minUnits()) {
            return new ReportViews.Alpha(ordinal.pairableUnits(), null, null, "insufficient data", null, null, null, null);
        }
        KrippendorffAlpha.Result interval = KrippendorffAlpha.compute(units.values(), KrippendorffAlpha.Metric.INTERVAL);
        Map<KrippendorffAlpha.Metric, KrippendorffAlpha.Interval> intervals = bootstrap
                ? KrippendorffAlpha.bootstrap(units.values(), Set.of(KrippendorffAlpha.Metric.ORDINAL, KrippendorffAlpha.Metric.INTERVAL),
                        BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED)
                : Map.of();
        return new ReportViews.Alpha(ordinal.pairableUnits(), finite(ordinal.alpha()), finite(interval.alpha()), "ok",
                intervals.get(KrippendorffAlpha.Metric.ORDINAL), intervals.get(KrippendorffAlpha.Metric.INTERVAL),
                reading(ordinal.alpha()), reading(interval.alpha()));
    }

    private static @Nullable KrippendorffAlpha.Reading reading(double alpha) {
        return Double.isFinite(alpha) ? KrippendorffAlpha.Reading.of(alpha) : null;
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    @Transactional(readOnly = true)
    ReportViews.QuestionAnalyticsOfQuestion questionAnalytics(Caller caller, UUID questionId) {
        QuestionView question = questions.latest(caller, questionId);
        ReportService.Scope scope = reports.scopeOf(caller);
        Map<Integer, List<ReliabilityRow>> scores = reads.rows().reliabilityScores(caller.orgId(), null, questionId, scope.managerId(), scope.hidden())
                .stream().collect(Collectors.groupingBy(ReliabilityRow::questionVersion));
        return new ReportViews.QuestionAnalyticsOfQuestion(question.id(), question.code(),
                reads.rows().questionStats(caller.orgId(), questionId, scope.managerId(), scope.hidden()).stream()
                        .map(stats -> analytics(stats, scores.getOrDefault(stats.questionVersion(), List.of()))).toList());
    }

    /** Every version of every question asked in the caller's scope, in the bank's order, newest version first. */
    @Transactional(readOnly = true)
    List<ReportViews.QuestionAnalytics> questionAnalytics(Caller caller) {
        ReportService.Scope scope = reports.scopeOf(caller);
        Map<String, List<ReliabilityRow>> scores = reads.rows().reliabilityScores(caller.orgId(), null, null, scope.managerId(), scope.hidden())
                .stream().collect(Collectors.groupingBy(row -> row.questionId() + "/" + row.questionVersion()));
        return reads.rows().questionStats(caller.orgId(), null, scope.managerId(), scope.hidden()).stream()
                .map(stats -> analytics(stats, scores.getOrDefault(stats.questionId() + "/" + stats.questionVersion(), List.of()))).toList();
    }

    private ReportViews.QuestionAnalytics analytics(QuestionStats stats, List<ReliabilityRow> scores) {
        Map<String, Integer> distribution = new java.util.LinkedHashMap<>();
        distribution.put("1", stats.scored1());
        distribution.put("2", stats.scored2());
        distribution.put("3", stats.scored3());
        distribution.put("4", stats.scored4());
        distribution.put("notAssessed", stats.notAssessed());
        return new ReportViews.QuestionAnalytics(stats.questionId(), stats.questionCode(), stats.questionVersion(), stats.timesAsked(),
                stats.answers(), stats.answers() == 0 ? null : (double) stats.notAssessed() / stats.answers(), distribution, stats.mean(),
                stats.scored() == 0 ? null : (double) stats.scored1() / stats.scored(),
                stats.scored() == 0 ? null : (double) stats.scored4() / stats.scored(), alpha(scores),
                Correlation.of(stats.itemRest(), settings.minUnits()),
                Correlation.pointBiserial(stats.decisionAgreement(), settings.minUnits(), settings.minEachDecision()),
                stats.hiredMean(), stats.hiredCandidates(), stats.notHiredMean(), stats.notHiredCandidates());
    }
}
