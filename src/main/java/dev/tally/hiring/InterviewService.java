package dev.tally.hiring;

import dev.tally.access.AccessService;
import dev.tally.access.Colleague;
import dev.tally.access.Role;
import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.idempotency.Idempotent;
import dev.tally.common.JsonText;
import dev.tally.common.FieldError;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.kit.KitService;
import dev.tally.kit.KitStatus;
import dev.tally.kit.KitView;
import dev.tally.kit.PinnedKit;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Interviews of a candidate at a stage of the plan, and the panels that score them. */
@Singleton
public class InterviewService {

    private final InterviewRepository interviews;
    private final CandidateRepository candidates;
    private final AccessService access;
    private final KitService kits;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;
    private final ApplicationEventPublisher<InterviewChanged> changes;

    InterviewService(InterviewRepository interviews, CandidateRepository candidates, AccessService access, KitService kits,
                     AuditLog audit, JsonText json, Clock clock, ApplicationEventPublisher<InterviewChanged> changes) {
        this.changes = changes;
        this.clock = clock;
        this.interviews = interviews;
        this.candidates = candidates;
        this.access = access;
        this.kits = kits;
        this.audit = audit;
        this.json = json;
    }

    @Idempotent
    @Transactional
    HiringViews.InterviewView create(Caller caller, HiringRequests.CreateInterview request) {
        List<FieldError> errors = new ArrayList<>();
        Candidate candidate = candidates.lock(caller.orgId(), request.candidateId()).orElse(null);
        StageRef stage = interviews.stage(caller.orgId(), request.stageId()).orElse(null);
        if (candidate == null) {
            errors.add(new FieldError("candidateId", "is not a candidate of your organisation"));
        }
        if (stage == null) {
            errors.add(new FieldError("stageId", "is not a stage of any opening of your organisation"));
        } else if (candidate != null && !stage.openingId().equals(candidate.openingId())) {
            errors.add(new FieldError("stageId", "is a stage of another opening than the candidate's"));
        } else {
            KitStatus kit = kits.versionRefs(caller, Set.of(stage.kitVersionId())).get(stage.kitVersionId()).status();
            if (kit != KitStatus.PUBLISHED) {
                errors.add(new FieldError("stageId", "uses a kit version that is " + kit.name().toLowerCase()
                        + "; move the stage to a published version first"));
            }
        }
        access.holdNames(caller, request.panel());
        checkPanel(caller, request.panel(), errors);
        HiringService.failOn(errors);
        HiringService.requireOpen(candidate.openingStatus());
        if (candidate.status() != CandidateStatus.ACTIVE) {
            throw new HiringFacts.CandidateNotActive(candidate.status());
        }
        UUID id = UUID.randomUUID();
        int duration = request.durationMinutes() != null ? request.durationMinutes()
                : defaultDuration(kits.getVersion(caller, stage.kitVersionId()).totalMinutes());
        interviews.insert(caller.orgId(), id, candidate.id(), candidate.openingId(), stage.id(), stage.kitVersionId(),
                request.scheduledAt(), duration, HiringService.orNull(request.location()), caller.userId());
        interviews.addPanel(caller.orgId(), id, json.of(new LinkedHashSet<>(request.panel())));
        HiringViews.InterviewView created = view(caller, find(caller, id));
        audit.record(caller, "INTERVIEW", id, "CREATED", null, withoutKit(created));
        changes.publishEvent(new InterviewChanged(caller.orgId(), id));
        return created;
    }

    /** As long as the kit's time boxes add up to, within the limits of an interview; an hour when the kit sets none. */
    static int defaultDuration(int kitMinutes) {
        return kitMinutes <= 0 ? 60 : Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, kitMinutes));
    }

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;

    /**
     * The interview with its kit, tagged by everything it shows: the interview row with its candidate, opening and
     * stage; the panel with each member's scorecard status (never their scores or save times, which co-panelists may
     * not know); the pinned kit's state. A client holding that tag gets a 304 before the kit's items are read. Without
     * its kit ({@code withKit} false, as the scoring page reads it, taking the kit from its never-changing version's
     * address) it is tagged by the rest alone and reads nothing of the kit.
     */
    @Transactional(readOnly = true)
    Tagged<HiringViews.InterviewView> get(Caller caller, UUID id, boolean withKit, Revalidation client) {
        Interview interview = find(caller, id);
        List<HiringViews.PanelMember> panel = interviews.panel(caller.orgId(), id);
        boolean onPanel = panel.stream().anyMatch(member -> member.id().equals(caller.userId()));
        if (!onPanel && !HiringService.isStaff(caller) && !isHiringManagerOf(caller, interview)) {
            throw new HiringFacts.NotOnThePanel();
        }
        if (!withKit) {
            HiringViews.InterviewView view = view(interview, panel, null);
            return client.answer(Revalidation.tagOf("interview without its kit", view), () -> view);
        }
        PinnedKit kit = kits.pinned(caller, interview.kitVersionId());
        // Tagged from what the view shows (its kit by the kit's own tag): records' texts name every component, so a change
        // to a shown value changes the tag, and nothing the caller is not shown (the candidate's status after a final
        // decision, say) does.
        return client.answer(Revalidation.tagOf("interview", view(interview, panel, null), kit.tag()),
                () -> view(interview, panel, kit.view().get()));
    }

    /**
     * Interviews, soonest first. With {@code mine}, the caller's own assignments; otherwise every interview the caller may
     * see: all for staff, those of their openings for hiring managers, their own for interviewers.
     */
    @Transactional(readOnly = true)
    PageView<HiringViews.InterviewSummary> list(Caller caller, InterviewFilter filter, PageRequest paging) {
        boolean mine = filter.mine();
        UUID panelist = null;
        UUID hiringManager = null;
        if (mine || (!HiringService.isStaff(caller) && !caller.hasRole(Role.HIRING_MANAGER_ROLE))) {
            panelist = caller.userId();
        } else if (!HiringService.isStaff(caller)) {
            hiringManager = caller.userId();
        }
        // Cancelled interviews leave one's own list, where they would only be in the way; other lists show them as cancelled.
        boolean includeCancelled = !mine || filter.includeCancelled();
        return PageView.of(interviews.list(caller.orgId(), caller.userId(), panelist, hiringManager, filter.candidateId(),
                        filter.openingId(), includeCancelled, filter.pending(), filter.missingScorecards(), clock.instant(),
                        paging.size(), paging.offset()), paging,
                interviews.count(caller.orgId(), caller.userId(), panelist, hiringManager, filter.candidateId(), filter.openingId(),
                        includeCancelled, filter.pending(), filter.missingScorecards(), clock.instant()));
    }

    @Transactional
    HiringViews.InterviewView update(Caller caller, UUID id, HiringRequests.UpdateInterview request) {
        String status = interviews.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.InterviewNotFound(id));
        if (Interview.CANCELLED.equals(status)) {
            throw new HiringFacts.InterviewCancelled();
        }
        HiringViews.InterviewView before = view(caller, find(caller, id));
        List<FieldError> errors = new ArrayList<>();
        access.holdNames(caller, request.panel());
        checkPanel(caller, request.panel(), errors);
        HiringService.failOn(errors);
        Set<UUID> wanted = new LinkedHashSet<>(request.panel());
        for (HiringViews.PanelMember member : before.panel()) {
            if (!wanted.contains(member.id())) {
                if (interviews.hasScorecard(caller.orgId(), id, member.id())) {
                    throw new HiringFacts.PanelMemberHasScorecard(member.id());
                }
                interviews.removeFromPanel(caller.orgId(), id, member.id());
            }
        }
        interviews.addPanel(caller.orgId(), id, json.of(wanted));
        interviews.reschedule(caller.orgId(), id, request.scheduledAt(), request.durationMinutes(),
                HiringService.orNull(request.location()));
        HiringViews.InterviewView after = view(caller, find(caller, id));
        audit.record(caller, "INTERVIEW", id, "UPDATED", withoutKit(before), withoutKit(after));
        changes.publishEvent(new InterviewChanged(caller.orgId(), id));
        return after;
    }

    /**
     * Calls the interview off, keeping it on record. Once a panelist has submitted it took place, so it stays; cancelling
     * a cancelled interview changes nothing.
     */
    @Transactional
    HiringViews.InterviewView cancel(Caller caller, UUID id, HiringRequests.CancelInterview request) {
        String status = interviews.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.InterviewNotFound(id));
        if (Interview.CANCELLED.equals(status)) {
            return view(caller, find(caller, id));
        }
        if (interviews.hasSubmittedScorecard(caller.orgId(), id)) {
            throw new HiringFacts.InterviewHasSubmittedScorecards();
        }
        HiringViews.InterviewView before = view(caller, find(caller, id));
        interviews.cancel(caller.orgId(), id, HiringService.orNull(request.reason()));
        HiringViews.InterviewView after = view(caller, find(caller, id));
        audit.record(caller, "INTERVIEW", id, "CANCELLED", withoutKit(before), withoutKit(after));
        return after;
    }

    /** The interview as scoring needs it; 404 for ids of other organisations. Access is the scorer's to decide. */
    @Transactional(readOnly = true)
    public InterviewContext context(Caller caller, UUID id) {
        return context(caller, find(caller, id));
    }

    private InterviewContext context(Caller caller, Interview interview) {
        Set<UUID> panel = interviews.panel(caller.orgId(), interview.id()).stream().map(HiringViews.PanelMember::id)
                .collect(Collectors.toSet());
        return new InterviewContext(interview.id(), interview.openingId(), interview.candidateId(), interview.hiringManagerId(),
                interview.kitVersionId(), panel);
    }

    /**
     * The interview as a scorecard change needs it, held so that it cannot be cancelled meanwhile; a cancelled interview
     * is scored no more.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public InterviewContext contextForScoring(Caller caller, UUID id) {
        Interview interview = interviews.findForScoring(caller.orgId(), id).orElseThrow(() -> new HiringFacts.InterviewNotFound(id));
        if (interview.cancelled()) {
            throw new HiringFacts.InterviewCancelled();
        }
        return context(caller, interview);
    }

    /** The interview as the report's projection reads it; called from within the changing transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public InterviewOutline outline(UUID orgId, UUID id) {
        Interview interview = interviews.find(orgId, id).orElseThrow(() -> new HiringFacts.InterviewNotFound(id));
        return new InterviewOutline(interview.id(), interview.openingId(), interview.candidateId(), interview.stageId(),
                interview.stageName(), interview.scheduledAt(), interview.kitVersionId(), interviews.panel(orgId, id).stream()
                .map(member -> new InterviewOutline.Seat(member.id(), member.name())).toList());
    }

    /** The interviews on whose panel the user sits, whatever their state. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<UUID> interviewsWithPanelist(UUID orgId, UUID userId) {
        return interviews.panelInterviewsOf(orgId, userId);
    }

    /** Every interview of every organisation after the given one, in key order, a batch at a time. */
    @Transactional(readOnly = true)
    public List<InterviewRef> interviewsAfter(@Nullable InterviewRef after, int limit) {
        return after == null ? interviews.first(limit) : interviews.after(after.orgId(), after.id(), limit);
    }

    /**
     * {@link #contextForScoring} narrowed to what saving one answer needs, in one statement: the interview is held
     * against cancelling, and refused when it is cancelled.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public PanelSeat seatForScoring(Caller caller, UUID id) {
        InterviewRepository.ScoringSeat seat = interviews.findSeat(caller.orgId(), id, caller.userId())
                .orElseThrow(() -> new HiringFacts.InterviewNotFound(id));
        if (Interview.CANCELLED.equals(seat.status())) {
            throw new HiringFacts.InterviewCancelled();
        }
        return new PanelSeat(seat.kitVersionId(), seat.onPanel());
    }

    /** The interviews whose panel the caller sits on, whatever their state. */
    @Transactional(readOnly = true)
    public Set<UUID> panelInterviewsOf(Caller caller) {
        return Set.copyOf(interviews.panelInterviewsOf(caller.orgId(), caller.userId()));
    }

    private Interview find(Caller caller, UUID id) {
        return interviews.find(caller.orgId(), id).orElseThrow(() -> new HiringFacts.InterviewNotFound(id));
    }

    private static boolean isHiringManagerOf(Caller caller, Interview interview) {
        return caller.hasRole(Role.HIRING_MANAGER_ROLE) && interview.hiringManagerId().equals(caller.userId());
    }

    private void checkPanel(Caller caller, List<UUID> panel, List<FieldError> errors) {
        Map<UUID, Colleague> colleagues = access.colleagues(caller, panel);
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < panel.size(); i++) {
            Colleague colleague = colleagues.get(panel.get(i));
            if (!seen.add(panel.get(i))) {
                errors.add(new FieldError("panel[" + i + "]", "names the same interviewer twice"));
            } else if (colleague == null) {
                errors.add(new FieldError("panel[" + i + "]", "is not a user of your organisation"));
            } else if (!colleague.isActive(Role.INTERVIEWER)) {
                errors.add(new FieldError("panel[" + i + "]", "must be an active user with the INTERVIEWER role"));
            }
        }
    }

    private HiringViews.InterviewView view(Caller caller, Interview interview) {
        return view(caller, interview, interviews.panel(caller.orgId(), interview.id()));
    }

    private HiringViews.InterviewView view(Caller caller, Interview interview, List<HiringViews.PanelMember> panel) {
        return view(interview, panel, kits.getVersion(caller, interview.kitVersionId()));
    }

    private static HiringViews.InterviewView view(Interview interview, List<HiringViews.PanelMember> panel, @Nullable KitView kit) {
        return new HiringViews.InterviewView(interview.id(), interview.candidateId(), interview.candidateName(),
                interview.candidateEmail(), interview.candidateLink(), interview.candidateNotes(),
                interview.openingId(), interview.openingTitle(), interview.stageId(), interview.stageName(),
                interview.scheduledAt(), interview.durationMinutes(), interview.location(), interview.status(),
                interview.cancelledAt(), interview.cancelReason(), panel, interview.kitVersionId(), kit, interview.createdAt(),
                interview.updatedAt());
    }

    /** The kit is pinned and audited with the kit itself; an interview's record names it without repeating it. */
    private static Map<String, Object> withoutKit(HiringViews.InterviewView view) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("candidateId", view.candidateId());
        record.put("stageId", view.stageId());
        record.put("scheduledAt", view.scheduledAt());
        record.put("durationMinutes", view.durationMinutes());
        record.put("location", view.location());
        record.put("status", view.status());
        record.put("cancelReason", view.cancelReason());
        record.put("panel", view.panel().stream().map(HiringViews.PanelMember::id).toList());
        record.put("kitVersion", view.kit().version());
        record.put("kitId", view.kit().id());
        return record;
    }

}
