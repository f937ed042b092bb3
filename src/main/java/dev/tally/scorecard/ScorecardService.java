package dev.tally.scorecard;

import dev.tally.access.AccessService;
import dev.tally.access.Role;
import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.common.DomainException;
import dev.tally.common.JsonText;
import dev.tally.common.FieldError;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import dev.tally.hiring.InterviewContext;
import dev.tally.hiring.InterviewService;
import dev.tally.hiring.PanelSeat;
import dev.tally.idempotency.Idempotent;
import dev.tally.kit.ItemRule;
import dev.tally.kit.KitService;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Live scoring. Each change is saved on its own and acknowledged with the scorecard's new version; a change made from
 * an older version is refused with the current state. Submitting freezes a revision; amending reopens the scorecard
 * while the submitted revision keeps counting. Nobody reads another's scores before submitting their own.
 */
@Singleton
public class ScorecardService {

    private final ScorecardRepository scorecards;
    private final InterviewService interviews;
    private final KitService kits;
    private final AuditLog audit;
    private final JsonText json;
    private final ScoreVisibility visibility;
    private final ApplicationEventPublisher<ScorecardSubmitted> submissions;
    private final AccessService access;

    ScorecardService(ScorecardRepository scorecards, InterviewService interviews, KitService kits, AuditLog audit,
                     JsonText json, ScoreVisibility visibility, ApplicationEventPublisher<ScorecardSubmitted> submissions,
                     AccessService access) {
        this.access = access;
        this.submissions = submissions;
        this.visibility = visibility;
        this.scorecards = scorecards;
        this.interviews = interviews;
        this.kits = kits;
        this.audit = audit;
        this.json = json;
    }

    /**
     * The caller's own scorecard, tagged by its version, which counts every acknowledged change (saves, submission,
     * amendment): a client holding that version gets a 304 before the answers are read.
     */
    @Transactional(readOnly = true)
    Tagged<ScorecardViews.OwnScorecard> own(Caller caller, UUID interviewId, Revalidation client) {
        InterviewContext interview = panelInterview(caller, interviewId);
        Optional<Scorecard> scorecard = scorecards.find(caller.orgId(), interviewId, caller.userId());
        String tag = Revalidation.tagOf("own-scorecard", interview.id(), caller.userId(),
                scorecard.map(Scorecard::id).orElse(null), scorecard.map(Scorecard::version).orElse(0));
        return client.answer(tag, () -> ownView(caller, interview.id(), scorecard));
    }

    @Idempotent
    @Transactional
    ScorecardViews.ItemSaved saveItem(Caller caller, UUID interviewId, int position, ScorecardRequests.SaveItem request) {
        UUID kitVersionId = panelKitForChange(caller, interviewId);
        ItemRule item = kits.itemRules(caller, kitVersionId).stream().filter(rule -> rule.position() == position)
                .findFirst().orElseThrow(() -> new ScorecardFacts.ItemNotInKit(position));
        ScorecardViews.ItemAnswer answer = Scorecard.answer(position, request, item);
        Scorecard change = changed(caller, interviewId, request.baseVersion(), () -> scorecards.saveItem(
                caller.orgId(), interviewId, caller.userId(), request.baseVersion(), position, answer.score(), answer.notAssessed(),
                answer.notAssessedReason(), json.of(answer.keyPoints()), answer.note()));
        return new ScorecardViews.ItemSaved(change.version(), answer);
    }

    @Idempotent
    @Transactional
    ScorecardViews.FlagSaved saveFlag(Caller caller, UUID interviewId, UUID redFlagId, ScorecardRequests.SaveFlag request) {
        UUID kitVersionId = panelKitForChange(caller, interviewId);
        if (!kits.onChecklist(caller, kitVersionId, redFlagId)) {
            throw new ScorecardFacts.FlagNotOnChecklist(redFlagId);
        }
        ScorecardViews.FlagAnswer answer = new ScorecardViews.FlagAnswer(redFlagId, request.raised(),
                request.note() == null ? "" : request.note());
        Scorecard change = changed(caller, interviewId, request.baseVersion(), () -> scorecards.saveFlag(
                caller.orgId(), interviewId, caller.userId(), request.baseVersion(), redFlagId, answer.raised(), answer.note()));
        return new ScorecardViews.FlagSaved(change.version(), answer);
    }

    @Idempotent
    @Transactional
    ScorecardViews.OverallSaved saveOverall(Caller caller, UUID interviewId, ScorecardRequests.SaveOverall request) {
        panelKitForChange(caller, interviewId);
        String summary = request.summary() == null ? "" : request.summary();
        Scorecard change = changed(caller, interviewId, request.baseVersion(), () -> scorecards.saveOverall(
                caller.orgId(), interviewId, caller.userId(), request.baseVersion(), request.recommendation(), summary));
        return new ScorecardViews.OverallSaved(change.version(), request.recommendation(), summary);
    }

    /** Checks completeness, listing every problem at once, then freezes the next revision. */
    @Idempotent
    @Transactional
    ScorecardViews.OwnScorecard submit(Caller caller, UUID interviewId, ScorecardRequests.Submit request) {
        InterviewContext interview = panelInterviewForChange(caller, interviewId);
        List<ItemRule> kit = kits.itemRules(caller, interview.kitVersionId());
        Scorecard scorecard = lockForChange(caller, interviewId, request.baseVersion());
        List<FieldError> problems = scorecard.submitProblems(kit, scorecards.items(caller.orgId(), scorecard.id()),
                scorecards.flags(caller.orgId(), scorecard.id()));
        if (!problems.isEmpty()) {
            throw new ScorecardFacts.ScorecardIncomplete(problems);
        }
        int revision = scorecard.revision() + 1;
        scorecards.insertRevision(caller.orgId(), scorecard.id(), revision, caller.userId());
        scorecards.copyItemsToRevision(caller.orgId(), scorecard.id(), revision);
        scorecards.copyRaisedFlagsToRevision(caller.orgId(), scorecard.id(), revision);
        scorecards.markSubmitted(caller.orgId(), scorecard.id(), revision);
        submissions.publishEvent(new ScorecardSubmitted(caller.orgId(), interviewId));
        ScorecardViews.OwnScorecard submitted = ownView(caller, interviewId,
                scorecards.find(caller.orgId(), interviewId, caller.userId()));
        audit.record(caller, "SCORECARD", scorecard.id(), revision == 1 ? "SUBMITTED" : "AMENDMENT_SUBMITTED",
                null, submitted);
        return submitted;
    }

    /** Reopens a submitted scorecard for correction; the submitted revisions stay as they are and keep counting. */
    @Idempotent
    @Transactional
    ScorecardViews.OwnScorecard amend(Caller caller, UUID interviewId, ScorecardRequests.Amend request) {
        panelInterviewForChange(caller, interviewId);
        Scorecard scorecard = scorecards.lock(caller.orgId(), interviewId, caller.userId())
                .orElseThrow(() -> new ScorecardFacts.NotAmendable(Scorecard.NOT_SUBMITTED));
        scorecard.requireAmendable();
        requireBase(caller, interviewId, scorecard, request.baseVersion());
        scorecards.reopenForAmendment(caller.orgId(), scorecard.id(), request.reason().trim());
        audit.record(caller, "SCORECARD", scorecard.id(), "AMENDMENT_STARTED", null, Map.of("reason", request.reason().trim()));
        return ownView(caller, interviewId, scorecards.find(caller.orgId(), interviewId, caller.userId()));
    }

    /** Every panelist's newest submitted revision, for the report's projection; called within the submitting transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Submission> submissions(UUID orgId, UUID interviewId) {
        List<ScorecardViews.RevisionHeader> headers = scorecards.submitted(orgId, interviewId, null, null);
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Submission.Score>> scores = scorecards.submittedItems(orgId, interviewId, null, null).stream()
                .filter(item -> item.score() != null)
                .collect(Collectors.groupingBy(ScorecardViews.RevisionItem::scorecardId,
                        Collectors.mapping(item -> new Submission.Score(item.position(), item.score()), Collectors.toList())));
        Map<UUID, List<Submission.RaisedFlag>> flags = scorecards.submittedFlags(orgId, interviewId, null, null).stream()
                .collect(Collectors.groupingBy(ScorecardViews.RevisionFlag::scorecardId,
                        Collectors.mapping(flag -> new Submission.RaisedFlag(flag.redFlagId(), flag.note()), Collectors.toList())));
        Map<UUID, ScorecardViews.RevisionHeader> byInterviewer = byInterviewer(headers);
        return access.inNameOrder(orgId, byInterviewer.keySet()).stream().map(interviewer -> {
            ScorecardViews.RevisionHeader header = byInterviewer.get(interviewer.id());
            return new Submission(header.interviewerId(), interviewer.name(), header.revision(), header.recommendation().name(),
                    scores.getOrDefault(header.scorecardId(), List.of()), flags.getOrDefault(header.scorecardId(), List.of()));
        }).toList();
    }

    /** The panel's submitted scorecards, for those who may read them: never a draft, never before one's own submission. */
    @Transactional(readOnly = true)
    ScorecardViews.PanelScorecards panel(Caller caller, UUID interviewId) {
        InterviewContext interview = interviews.context(caller, interviewId);
        requireMayReadSubmitted(caller, interview);
        List<ScorecardViews.SubmittedScorecard> submitted = submitted(caller, interviewId, null, null);
        Set<UUID> done = submitted.stream().map(ScorecardViews.SubmittedScorecard::interviewerId).collect(Collectors.toSet());
        List<UUID> pending = interview.panel().stream().filter(id -> !done.contains(id)).sorted().toList();
        return new ScorecardViews.PanelScorecards(interviewId, submitted, pending);
    }

    @Transactional(readOnly = true)
    ScorecardViews.SubmittedScorecard submittedOf(Caller caller, UUID interviewId, UUID interviewerId, @Nullable Integer revision) {
        InterviewContext interview = interviews.context(caller, interviewId);
        if (!interviewerId.equals(caller.userId())) {
            requireMayReadSubmitted(caller, interview);
        } else if (!interview.onPanel(caller.userId())) {
            throw new ScorecardFacts.NotOnThisPanel();
        }
        return submitted(caller, interviewId, interviewerId, revision).stream().findFirst()
                .orElseThrow(ScorecardFacts.SubmittedScorecardNotFound::new);
    }

    private List<ScorecardViews.SubmittedScorecard> submitted(Caller caller, UUID interviewId, @Nullable UUID interviewerId,
                                                              @Nullable Integer revision) {
        List<ScorecardViews.RevisionHeader> headers = scorecards.submitted(caller.orgId(), interviewId, interviewerId, revision);
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ScorecardViews.ItemAnswer>> items = scorecards.submittedItems(caller.orgId(), interviewId, interviewerId, revision)
                .stream().collect(Collectors.groupingBy(ScorecardViews.RevisionItem::scorecardId,
                        Collectors.mapping(ScorecardViews.RevisionItem::answer, Collectors.toList())));
        Map<UUID, List<ScorecardViews.FlagAnswer>> flags = scorecards.submittedFlags(caller.orgId(), interviewId, interviewerId, revision)
                .stream().collect(Collectors.groupingBy(ScorecardViews.RevisionFlag::scorecardId,
                        Collectors.mapping(flag -> new ScorecardViews.FlagAnswer(flag.redFlagId(), true, flag.note()), Collectors.toList())));
        Map<UUID, List<ScorecardViews.RevisionSummary>> revisions = revisionsByScorecard(caller, interviewId);
        Map<UUID, ScorecardViews.RevisionHeader> byInterviewer = byInterviewer(headers);
        return access.inNameOrder(caller.orgId(), byInterviewer.keySet()).stream().map(interviewer -> {
            ScorecardViews.RevisionHeader header = byInterviewer.get(interviewer.id());
            return new ScorecardViews.SubmittedScorecard(interviewId, header.interviewerId(), interviewer.name(), header.revision(),
                    header.revision() > 1, header.amendReason(), header.submittedAt(), header.recommendation(), header.summary(),
                    items.getOrDefault(header.scorecardId(), List.of()), flags.getOrDefault(header.scorecardId(), List.of()),
                    revisions.getOrDefault(header.scorecardId(), List.of()));
        }).toList();
    }

    /** One header per interviewer (a scorecard is one interviewer's); the access feature orders them by name. */
    private static Map<UUID, ScorecardViews.RevisionHeader> byInterviewer(List<ScorecardViews.RevisionHeader> headers) {
        return headers.stream().collect(Collectors.toMap(ScorecardViews.RevisionHeader::interviewerId, Function.identity()));
    }

    private Map<UUID, List<ScorecardViews.RevisionSummary>> revisionsByScorecard(Caller caller, UUID interviewId) {
        return scorecards.revisionsOfInterview(caller.orgId(), interviewId).stream()
                .collect(Collectors.groupingBy(ScorecardViews.RevisionOfScorecard::scorecardId, Collectors.mapping(
                        r -> new ScorecardViews.RevisionSummary(r.revision(), r.submittedAt(), r.amendReason()), Collectors.toList())));
    }

    /** Blindness first: a panelist who has not submitted reads no co-panelist's scorecard, whatever roles they hold. */
    private void requireMayReadSubmitted(Caller caller, InterviewContext interview) {
        if (visibility.hides(caller, interview)) {
            throw new ScorecardFacts.SubmitYourOwnFirst();
        }
        boolean managesIt = caller.hasRole(Role.HIRING_MANAGER_ROLE) && interview.hiringManagerId().equals(caller.userId());
        if (!interview.onPanel(caller.userId()) && !managesIt && !caller.hasAnyRole(Role.ADMIN_ROLE, Role.RECRUITER_ROLE)) {
            throw new ScorecardFacts.MayNotReadScorecards();
        }
    }

    private InterviewContext panelInterview(Caller caller, UUID interviewId) {
        return onPanel(caller, interviews.context(caller, interviewId));
    }

    /** A change to a scorecard: the interview is held against cancelling, and refused when it is cancelled. */
    private InterviewContext panelInterviewForChange(Caller caller, UUID interviewId) {
        return onPanel(caller, interviews.contextForScoring(caller, interviewId));
    }

    /** {@link #panelInterviewForChange} narrowed to what saving one answer needs: the kit version of the interview. */
    private UUID panelKitForChange(Caller caller, UUID interviewId) {
        PanelSeat seat = interviews.seatForScoring(caller, interviewId);
        if (!seat.onPanel()) {
            throw new ScorecardFacts.NotOnThisPanel();
        }
        return seat.kitVersionId();
    }

    private static InterviewContext onPanel(Caller caller, InterviewContext interview) {
        if (!interview.onPanel(caller.userId())) {
            throw new ScorecardFacts.NotOnThisPanel();
        }
        return interview;
    }

    /**
     * Applies one change to the caller's scorecard when it is editable and at the base version; the scorecard is created
     * on the first change. Otherwise the change is refused, the version unchanged, with the current state to merge with.
     */
    private Scorecard changed(Caller caller, UUID interviewId, @Nullable Integer baseVersion, Supplier<Scorecard> change) {
        Scorecard changed = change.get();
        if (changed == null && scorecards.ensure(caller.orgId(), UUID.randomUUID(), interviewId, caller.userId()) == 1) {
            changed = change.get();
        }
        if (changed == null) {
            throw refusal(caller, interviewId, baseVersion);
        }
        return changed;
    }

    private DomainException refusal(Caller caller, UUID interviewId, @Nullable Integer baseVersion) {
        Scorecard scorecard = scorecards.find(caller.orgId(), interviewId, caller.userId()).orElseThrow();
        ScorecardViews.OwnScorecard current = ownView(caller, interviewId, Optional.of(scorecard));
        if (scorecard.editable() && baseVersion != null) {
            return new ScorecardFacts.StaleScorecard(baseVersion, scorecard.version(), current);
        }
        // without a base version, only a submitted scorecard refuses a change
        return new ScorecardFacts.ScorecardAlreadySubmitted(current);
    }

    /** The caller's scorecard, created on the first change, locked, and checked to be editable and current. */
    private Scorecard lockForChange(Caller caller, UUID interviewId, @Nullable Integer baseVersion) {
        scorecards.ensure(caller.orgId(), UUID.randomUUID(), interviewId, caller.userId());
        Scorecard scorecard = scorecards.lock(caller.orgId(), interviewId, caller.userId()).orElseThrow();
        if (!scorecard.editable()) {
            throw new ScorecardFacts.ScorecardAlreadySubmitted(ownView(caller, interviewId, Optional.of(scorecard)));
        }
        requireBase(caller, interviewId, scorecard, baseVersion);
        return scorecard;
    }

    private void requireBase(Caller caller, UUID interviewId, Scorecard scorecard, @Nullable Integer baseVersion) {
        if (baseVersion != null && baseVersion != scorecard.version()) {
            throw new ScorecardFacts.StaleScorecard(baseVersion, scorecard.version(), ownView(caller, interviewId, Optional.of(scorecard)));
        }
    }

    private ScorecardViews.OwnScorecard ownView(Caller caller, UUID interviewId, Optional<Scorecard> scorecard) {
        if (scorecard.isEmpty()) {
            return new ScorecardViews.OwnScorecard(interviewId, caller.userId(), ScorecardStatus.DRAFT, 0, 0, List.of(), List.of(),
                    null, "", null, List.of());
        }
        Scorecard current = scorecard.get();
        return new ScorecardViews.OwnScorecard(interviewId, caller.userId(), current.status(), current.version(), current.revision(),
                scorecards.items(caller.orgId(), current.id()), scorecards.flags(caller.orgId(), current.id()),
                current.recommendation(), current.summary(), current.amendReason(),
                revisionsByScorecard(caller, interviewId).getOrDefault(current.id(), List.of()));
    }

}
