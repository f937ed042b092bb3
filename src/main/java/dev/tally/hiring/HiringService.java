package dev.tally.hiring;

import dev.tally.access.AccessService;
import dev.tally.access.Colleague;
import dev.tally.access.Role;
import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.idempotency.Idempotent;
import dev.tally.common.FieldError;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.kit.KitService;
import dev.tally.kit.KitVersionRef;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Openings with their interview plans, and the candidates assessed for them. */
@Singleton
public class HiringService {

    private final OpeningRepository openings;
    private final CandidateRepository candidates;
    private final AccessService access;
    private final KitService kits;
    private final AuditLog audit;
    private final Validator validator;

    private final ApplicationEventPublisher<InterviewChanged> changes;
    // a provider: the report answering it reads interviews, which need this service first
    private final BeanProvider<DecisionSuggestions> suggestions;

    HiringService(OpeningRepository openings, CandidateRepository candidates, AccessService access, KitService kits,
                  AuditLog audit, Validator validator, ApplicationEventPublisher<InterviewChanged> changes,
                  BeanProvider<DecisionSuggestions> suggestions) {
        this.changes = changes;
        this.suggestions = suggestions;
        this.validator = validator;
        this.openings = openings;
        this.candidates = candidates;
        this.access = access;
        this.kits = kits;
        this.audit = audit;
    }

    /** Admins and recruiters run the hiring process for every opening of the organisation. */
    static boolean isStaff(Caller caller) {
        return caller.hasRole(Role.ADMIN_ROLE) || caller.hasRole(Role.RECRUITER_ROLE);
    }

    /** Hiring managers who are not staff see only the openings they manage. */
    static @Nullable UUID hiringManagerScope(Caller caller) {
        return isStaff(caller) ? null : caller.userId();
    }

    @Idempotent
    @Transactional
    HiringViews.OpeningView createOpening(Caller caller, HiringRequests.CreateOpening request) {
        List<FieldError> errors = new ArrayList<>();
        checkHiringManager(caller, request.hiringManagerId(), errors);
        List<KitVersionRef> kitVersions = checkStages(caller, request.stages(), errors);
        failOn(errors);
        UUID id = UUID.randomUUID();
        openings.insert(caller.orgId(), id, request.title().trim(), orNull(request.team()), request.hiringManagerId(), caller.userId());
        for (int i = 0; i < request.stages().size(); i++) {
            openings.insertStage(caller.orgId(), UUID.randomUUID(), id, i + 1, request.stages().get(i).name().trim(),
                    kitVersions.get(i).versionId());
        }
        HiringViews.OpeningView created = opening(caller, id);
        audit.record(caller, "OPENING", id, "CREATED", null, created);
        return created;
    }

    /** Whether the organisation has this candidate: what another feature checks before keeping something about them. */
    @Transactional(readOnly = true)
    public boolean hasCandidate(UUID orgId, UUID candidateId) {
        return candidates.find(orgId, candidateId).isPresent();
    }

    /** One page of the organisation's openings, newest first, whoever manages them. */
    @Transactional(readOnly = true)
    public PageView<OpeningPlan.Heading> openingHeadings(UUID orgId, PageRequest paging) {
        return PageView.of(openings.list(orgId, null, null, null, paging.size(), paging.offset()).stream()
                        .map(opening -> new OpeningPlan.Heading(opening.id(), opening.title(), opening.status())).toList(),
                paging, openings.count(orgId, null, null, null));
    }

    @Transactional(readOnly = true)
    public Optional<OpeningPlan> openingPlan(UUID orgId, UUID openingId) {
        return openings.find(orgId, openingId).map(opening -> new OpeningPlan(opening.id(), opening.title(), opening.status(),
                openings.stages(orgId, openingId).stream()
                        .map(stage -> new OpeningPlan.Stage(stage.id(), stage.position(), stage.name())).toList()));
    }

    @Transactional(readOnly = true)
    HiringViews.OpeningView getOpening(Caller caller, UUID id) {
        HiringViews.OpeningView opening = opening(caller, id);
        if (!isStaff(caller) && !opening.hiringManager().id().equals(caller.userId())) {
            throw new HiringFacts.NotYourOpening();
        }
        return opening;
    }

    @Transactional(readOnly = true)
    PageView<HiringViews.OpeningSummary> listOpenings(Caller caller, @Nullable OpeningStatus status, @Nullable String text,
                                                      PageRequest paging) {
        String search = orNull(text);
        UUID scope = hiringManagerScope(caller);
        List<Opening.Summary> page = openings.list(caller.orgId(), scope, status, search, paging.size(), paging.offset());
        Map<UUID, Colleague> managers = access.colleagues(caller,
                page.stream().map(Opening.Summary::hiringManagerId).collect(Collectors.toSet()));
        return PageView.of(page.stream().map(opening -> opening.named(managers.get(opening.hiringManagerId()).name())).toList(),
                paging, openings.count(caller.orgId(), scope, status, search));
    }

    @Transactional
    HiringViews.OpeningView updateOpening(Caller caller, UUID id, HiringRequests.UpdateOpening request) {
        openings.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.OpeningNotFound(id));
        HiringViews.OpeningView before = opening(caller, id);
        List<FieldError> errors = new ArrayList<>();
        checkHiringManager(caller, request.hiringManagerId(), errors);
        failOn(errors);
        openings.update(caller.orgId(), id, request.title().trim(), orNull(request.team()), request.hiringManagerId());
        HiringViews.OpeningView after = opening(caller, id);
        audit.record(caller, "OPENING", id, "UPDATED", before, after);
        return after;
    }

    /** Closing an opening stops new candidates and interviews; what it already has stays, and it can be reopened. */
    @Transactional
    HiringViews.OpeningView setOpeningStatus(Caller caller, UUID id, OpeningStatus status) {
        openings.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.OpeningNotFound(id));
        HiringViews.OpeningView before = opening(caller, id);
        if (before.status() == status) {
            return before;
        }
        openings.setStatus(caller.orgId(), id, status);
        HiringViews.OpeningView after = opening(caller, id);
        audit.record(caller, "OPENING", id, status == OpeningStatus.CLOSED ? "CLOSED" : "REOPENED", before, after);
        return after;
    }

    /**
     * Replaces the plan: stages named by id keep their identity (their interviews stay with them), new ones are added,
     * and stages left out are removed unless interviews use them.
     */
    @Transactional
    HiringViews.OpeningView changePlan(Caller caller, UUID id, HiringRequests.Plan plan) {
        openings.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.OpeningNotFound(id));
        HiringViews.OpeningView before = opening(caller, id);
        if (!isStaff(caller) && !before.hiringManager().id().equals(caller.userId())) {
            throw new HiringFacts.NotTheHiringManager("change its plan");
        }
        List<FieldError> errors = new ArrayList<>();
        List<KitVersionRef> kitVersions = checkStages(caller, plan.stages(), errors);
        Set<UUID> existing = new HashSet<>(before.stages().stream().map(HiringViews.StageView::id).toList());
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < plan.stages().size(); i++) {
            UUID stageId = plan.stages().get(i).id();
            if (stageId != null && !existing.contains(stageId)) {
                errors.add(new FieldError("stages[" + i + "].id", "is not a stage of this opening; leave it out to add a new stage"));
            } else if (stageId != null && !kept.add(stageId)) {
                errors.add(new FieldError("stages[" + i + "].id", "names the same stage twice"));
            }
        }
        failOn(errors);
        for (HiringViews.StageView stage : before.stages()) {
            if (!kept.contains(stage.id())) {
                if (openings.stageHasInterviews(caller.orgId(), stage.id())) {
                    throw new HiringFacts.StageInUse(stage.name());
                }
                openings.deleteStage(caller.orgId(), id, stage.id());
            }
        }
        openings.vacatePositions(caller.orgId(), id);
        for (int i = 0; i < plan.stages().size(); i++) {
            HiringRequests.Stage stage = plan.stages().get(i);
            if (stage.id() == null) {
                openings.insertStage(caller.orgId(), UUID.randomUUID(), id, i + 1, stage.name().trim(), kitVersions.get(i).versionId());
            } else {
                openings.updateStage(caller.orgId(), id, stage.id(), i + 1, stage.name().trim(), kitVersions.get(i).versionId());
            }
        }
        openings.touch(caller.orgId(), id);
        HiringViews.OpeningView after = opening(caller, id);
        // the reports' stored reasons name the stage
        Map<UUID, String> namesBefore = before.stages().stream()
                .collect(Collectors.toMap(HiringViews.StageView::id, HiringViews.StageView::name));
        List<UUID> renamed = after.stages().stream()
                .filter(stage -> namesBefore.containsKey(stage.id()) && !namesBefore.get(stage.id()).equals(stage.name()))
                .flatMap(stage -> openings.interviewsAtStage(caller.orgId(), stage.id()).stream()).toList();
        if (!renamed.isEmpty()) {
            changes.publishEvent(new InterviewChanged(caller.orgId(), renamed));
        }
        audit.record(caller, "OPENING", id, "PLAN_CHANGED", before.stages(), after.stages());
        return after;
    }

    @Idempotent
    @Transactional
    HiringViews.CandidateView createCandidate(Caller caller, HiringRequests.CreateCandidate request) {
        OpeningStatus openingStatus = openings.lockStatus(caller.orgId(), request.openingId()).orElseThrow(() -> new HiringFacts.InvalidHiringRequest(
                List.of(new FieldError("openingId", "is not an opening of your organisation"))));
        requireOpen(openingStatus);
        String email = request.email().trim();
        if (candidates.emailTaken(caller.orgId(), request.openingId(), email, new UUID(0, 0))) {
            throw new HiringFacts.CandidateAlreadyAdded(email);
        }
        UUID id = UUID.randomUUID();
        insertCandidate(caller, id, request);
        HiringViews.CandidateView created = candidate(caller, id);
        audit.record(caller, "CANDIDATE", id, "CREATED", null, created);
        return created;
    }

    /**
     * Candidates from a CSV file, each row checked by the rules of a single candidate and against the opening's and the
     * file's other emails. A dry run only reports; otherwise all rows are saved together, or none when any is invalid.
     */
    @Idempotent
    @Transactional
    HiringViews.ImportReport importCandidates(Caller caller, UUID openingId, boolean dryRun, byte[] file) {
        requireOpen(openings.lockStatus(caller.orgId(), openingId).orElseThrow(() -> new HiringFacts.OpeningNotFound(openingId)));
        List<CandidateCsv.Row> rows = CandidateCsv.read(file, openingId);
        Set<String> taken = new HashSet<>(candidates.emailsTaken(caller.orgId(), openingId, rows.stream()
                .map(row -> row.candidate().email()).filter(Objects::nonNull).map(email -> email.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<HiringViews.ImportRow> report = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (CandidateCsv.Row row : rows) {
            List<FieldError> rowErrors = new ArrayList<>(row.shapeErrors());
            validator.validate(row.candidate()).stream()
                    .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .forEach(rowErrors::add);
            String email = row.candidate().email();
            if (email != null) {
                Integer first = firstRowOf.putIfAbsent(email.toLowerCase(Locale.ROOT), row.number());
                if (taken.contains(email.toLowerCase(Locale.ROOT))) {
                    rowErrors.add(new FieldError("email", "is already a candidate of this opening"));
                } else if (first != null) {
                    rowErrors.add(new FieldError("email", "repeats the email of row " + first));
                }
            }
            rowErrors.forEach(error -> errors.add(new FieldError("rows[" + row.number() + "]." + error.field(), error.message())));
            report.add(new HiringViews.ImportRow(row.number(), row.candidate().name(), email, rowErrors));
        }
        int invalid = (int) report.stream().filter(row -> !row.errors().isEmpty()).count();
        HiringViews.ImportReport checked = new HiringViews.ImportReport(dryRun, 0, report.size() - invalid, invalid, report);
        if (dryRun) {
            return checked;
        }
        if (invalid > 0) {
            throw new HiringFacts.InvalidCandidateRows(checked, errors);
        }
        List<UUID> ids = new ArrayList<>();
        for (CandidateCsv.Row row : rows) {
            UUID id = UUID.randomUUID();
            insertCandidate(caller, id, row.candidate());
            ids.add(id);
        }
        for (Candidate created : candidates.findAll(caller.orgId(), ids.stream().map(UUID::toString).toArray(String[]::new))) {
            audit.record(caller, "CANDIDATE", created.id(), "CREATED", null, view(created, List.of()));
        }
        return new HiringViews.ImportReport(false, ids.size(), report.size(), 0, report);
    }

    @Transactional(readOnly = true)
    HiringViews.CandidateView getCandidate(Caller caller, UUID id) {
        Candidate candidate = candidates.find(caller.orgId(), id).orElseThrow(() -> new HiringFacts.CandidateNotFound(id));
        requireOpeningAccess(caller, candidate.hiringManagerId());
        return view(caller, candidate);
    }

    @Transactional(readOnly = true)
    PageView<HiringViews.CandidateSummary> listCandidates(Caller caller, CandidateFilter filter, PageRequest paging) {
        UUID scope = hiringManagerScope(caller);
        String search = orNull(filter.q());
        return PageView.of(candidates.list(caller.orgId(), filter.openingId(), filter.status(), scope, filter.stageId(), search,
                        filter.awaitingDecision(), paging.size(), paging.offset()), paging,
                candidates.count(caller.orgId(), filter.openingId(), filter.status(), scope, filter.stageId(), search,
                        filter.awaitingDecision()));
    }

    @Transactional
    HiringViews.CandidateView updateCandidate(Caller caller, UUID id, HiringRequests.UpdateCandidate request) {
        Candidate candidate = candidates.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.CandidateNotFound(id));
        HiringViews.CandidateView before = view(caller, candidate);
        String email = request.email().trim();
        if (candidates.emailTaken(caller.orgId(), candidate.openingId(), email, id)) {
            throw new HiringFacts.CandidateAlreadyAdded(email);
        }
        CandidateStatus status = candidate.status();
        if (status != request.status().candidateStatus()) {
            if (!status.isChangeableByHand()) {
                throw new HiringFacts.InvalidHiringRequest(List.of(new FieldError("status",
                        "cannot change: the candidate is " + status.name().toLowerCase() + " by a recorded decision")));
            }
            status = request.status().candidateStatus();
        }
        candidates.update(caller.orgId(), id, request.name().trim(), email, orNull(request.phone()), orNull(request.source()),
                orNull(request.link()), orNull(request.notes()), status);
        HiringViews.CandidateView after = candidate(caller, id);
        audit.record(caller, "CANDIDATE", id, "UPDATED", before, after);
        return after;
    }

    /**
     * The hiring manager's final decision; it sets the candidate's status and is kept with every earlier one, beside
     * the suggestion the report made at that moment, so the audit log shows decision, suggestion and reason together.
     */
    @Idempotent
    @Transactional
    HiringViews.CandidateView decide(Caller caller, UUID id, HiringRequests.Decide request) {
        Candidate candidate = candidates.lock(caller.orgId(), id).orElseThrow(() -> new HiringFacts.CandidateNotFound(id));
        if (!candidate.hiringManagerId().equals(caller.userId())) {
            throw new HiringFacts.NotTheHiringManager("record the decision on its candidates");
        }
        if (candidate.status() == CandidateStatus.WITHDRAWN) {
            throw new HiringFacts.CandidateNotActive(candidate.status());
        }
        HiringViews.CandidateView before = view(caller, candidate);
        HiringDecision decision = request.decision();
        candidates.insertDecision(caller.orgId(), UUID.randomUUID(), id, decision, request.reason().trim(), caller.userId(),
                suggestions.get().suggestionFor(caller, id));
        candidates.setStatus(caller.orgId(), id, decision.status());
        HiringViews.CandidateView after = candidate(caller, id);
        audit.record(caller, "CANDIDATE", id, "DECIDED", before, after);
        return after;
    }

    static void requireOpen(OpeningStatus openingStatus) {
        if (openingStatus != OpeningStatus.OPEN) {
            throw new HiringFacts.OpeningClosed();
        }
    }

    private void insertCandidate(Caller caller, UUID id, HiringRequests.CreateCandidate request) {
        candidates.insert(caller.orgId(), id, request.openingId(), request.name().trim(), request.email().trim(),
                orNull(request.phone()), orNull(request.source()), orNull(request.link()), orNull(request.notes()), caller.userId());
    }

    /** Optional text as stored: trimmed, and blank means none. Notes keep their inner line breaks. */
    static @Nullable String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    void requireOpeningAccess(Caller caller, UUID hiringManagerId) {
        if (!isStaff(caller) && !hiringManagerId.equals(caller.userId())) {
            throw new HiringFacts.NotYourOpening();
        }
    }

    private HiringViews.OpeningView opening(Caller caller, UUID id) {
        Opening opening = openings.find(caller.orgId(), id).orElseThrow(() -> new HiringFacts.OpeningNotFound(id));
        Colleague manager = access.colleagues(caller, Set.of(opening.hiringManagerId())).get(opening.hiringManagerId());
        List<Opening.Stage> stages = openings.stages(caller.orgId(), id);
        Map<UUID, KitVersionRef> kitsOfStages = kits.versionRefs(caller, stages.stream().map(Opening.Stage::kitVersionId).toList());
        return new HiringViews.OpeningView(opening.id(), opening.title(), opening.team(), opening.status(),
                new HiringViews.Person(manager.id(), manager.name(), manager.email()),
                stages.stream().map(stage -> stage.with(kitsOfStages.get(stage.kitVersionId()))).toList(),
                opening.createdAt(), opening.updatedAt());
    }

    private HiringViews.CandidateView candidate(Caller caller, UUID id) {
        return view(caller, candidates.find(caller.orgId(), id).orElseThrow(() -> new HiringFacts.CandidateNotFound(id)));
    }

    private HiringViews.CandidateView view(Caller caller, Candidate candidate) {
        List<Candidate.Decided> decisions = candidates.decisions(caller.orgId(), candidate.id());
        Map<UUID, Colleague> deciders = access.colleagues(caller, decisions.stream().map(Candidate.Decided::decidedById)
                .collect(Collectors.toSet()));
        return view(candidate, decisions.stream().map(decision -> decision.by(deciders.get(decision.decidedById()).name())).toList());
    }

    private static HiringViews.CandidateView view(Candidate candidate, List<HiringViews.DecisionView> decisions) {
        return new HiringViews.CandidateView(candidate.id(), candidate.openingId(), candidate.openingTitle(), candidate.name(),
                candidate.email(), candidate.phone(), candidate.source(), candidate.link(), candidate.notes(), candidate.status(),
                decisions, candidate.createdAt(), candidate.updatedAt());
    }

    private void checkHiringManager(Caller caller, UUID userId, List<FieldError> errors) {
        Colleague manager = access.colleagues(caller, List.of(userId)).get(userId);
        if (manager == null) {
            errors.add(new FieldError("hiringManagerId", "is not a user of your organisation"));
        } else if (!manager.isActive(Role.HIRING_MANAGER)) {
            errors.add(new FieldError("hiringManagerId", "must be an active user with the HIRING_MANAGER role"));
        }
    }

    /** The published kit version of each stage, or an error naming the stage. */
    private List<KitVersionRef> checkStages(Caller caller, List<HiringRequests.Stage> stages, List<FieldError> errors) {
        List<KitVersionRef> versions = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            HiringRequests.Stage stage = stages.get(i);
            Optional<KitVersionRef> version = kits.findVersion(caller, stage.kitId(), stage.kitVersion());
            if (version.isEmpty()) {
                errors.add(new FieldError("stages[" + i + "].kitVersion", "kit " + stage.kitId() + " has no version "
                        + stage.kitVersion() + " in your organisation"));
            } else if (!version.get().orgId().equals(caller.orgId())) {
                errors.add(new FieldError("stages[" + i + "].kitId", "is a starter kit; clone it and publish your copy to use it"));
            } else if (!version.get().usableForNewInterviews()) {
                errors.add(new FieldError("stages[" + i + "].kitVersion", "version " + stage.kitVersion() + " of '"
                        + version.get().name() + "' is " + version.get().status().name().toLowerCase() + "; use a published version"));
            }
            versions.add(version.orElse(null));
        }
        return versions;
    }

    static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new HiringFacts.InvalidHiringRequest(errors);
        }
    }
}
