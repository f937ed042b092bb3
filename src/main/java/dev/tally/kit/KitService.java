package dev.tally.kit;

import dev.tally.audit.AuditLog;
import dev.tally.common.BuiltInContent;
import dev.tally.common.Caller;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import dev.tally.common.JsonText;
import dev.tally.common.FieldError;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.UuidArray;
import dev.tally.question.Competency;
import dev.tally.question.PinnedQuestion;
import dev.tally.question.QuestionService;
import dev.tally.question.QuestionView;
import dev.tally.question.RedFlagView;
import dev.tally.question.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Interview kits: drafts are edited under optimistic locking, publishing freezes a version, revising starts the next.
 */
@Singleton
public class KitService {

    private final KitRepository kits;
    private final PublishedItemRules itemRules;
    private final QuestionService questions;
    private final JsonText json;
    private final AuditLog audit;
    private final PanelSeats panels;
    private static final int KEPT_VIEWS = 128;
    /** Published versions' views by tag. */
    private final Kept<String, KitView> publishedViews = new Kept<>(KEPT_VIEWS);
    /** Published versions' contents by version id. */
    private final Kept<UUID, KitVersionContent> contents = new Kept<>(KEPT_VIEWS);

    KitService(KitRepository kits, PublishedItemRules itemRules, QuestionService questions, JsonText json, AuditLog audit,
               PanelSeats panels) {
        this.panels = panels;
        this.itemRules = itemRules;
        this.audit = audit;
        this.kits = kits;
        this.questions = questions;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public KitView get(Caller caller, UUID kitId, @Nullable Integer version) {
        KitHeader header = header(caller, kitId, version);
        return build(header);
    }

    /** As {@link #get}, answered without the items when the client holds the kit's current state. */
    @Transactional(readOnly = true)
    Tagged<KitView> get(Caller caller, UUID kitId, @Nullable Integer version, Revalidation client) {
        KitHeader header = header(caller, kitId, version);
        String tag = tagOf(header);
        return client.answer(tag, () -> viewOf(header, tag));
    }

    private KitHeader header(Caller caller, UUID kitId, @Nullable Integer version) {
        return kits.findHeader(caller.orgId(), kitId, version).orElseThrow(() -> version == null
                ? new KitFacts.KitNotFound(kitId) : new KitFacts.KitVersionNotFound(kitId, version));
    }

    /**
     * A published or archived version's view, kept by its tag: its items never change, and the tag names everything
     * else the view shows (the header or its {@link KitState}, the questions' times), so a kept view is always the
     * current one. The scoring page reads the same few versions over and over; keeping them spares the items' query and
     * the parsing of their rubrics. Drafts are read afresh: their header and items are two reads that an edit may fall
     * between.
     */
    private KitView viewOf(KitHeader header, String tag) {
        if (header.status() == KitStatus.DRAFT) {
            return build(header);
        }
        return publishedViews.get(tag).orElseGet(() -> {
            KitView view = build(header);
            publishedViews.put(tag, view);
            return view;
        });
    }

    /**
     * Everything a kit's answer shows comes from its header (the version with its rules, checklist and version list,
     * all read in one row) and its items' questions. A draft's edits change its revision and time; a published version's
     * items never change, but the questions they pin may gain versions (each item shows its question's latest version
     * number), so the questions' times count too. Reading those is one small query, not the items' texts and rubrics.
     */
    private String tagOf(KitHeader header) {
        // A record's text names every component, so any change to the header changes the tag.
        String questionsState = questions.stateOf(header.orgId(), kits.questionIds(header.orgId(), header.versionId()));
        return Revalidation.tagOf("kit", header, questionsState);
    }

    /** A kit version by number, among the caller's kits and the starter kits; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<KitVersionRef> findVersion(Caller caller, UUID kitId, int version) {
        return kits.findVersionRef(caller.orgId(), kitId, version);
    }

    /** These versions of the caller's organisation's kits, by id: what stages show of their kits and whether they are published. */
    @Transactional(readOnly = true)
    public Map<UUID, KitVersionRef> versionRefs(Caller caller, Collection<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return kits.findVersionRefs(caller.orgId(), UuidArray.of(versionIds)).stream()
                .collect(Collectors.toMap(KitVersionRef::versionId, Function.identity()));
    }

    /** The items of a version of the caller's organisation's kits, as scoring checks them, without the questions' text. */
    @Transactional(readOnly = true)
    public List<ItemRule> itemRules(Caller caller, UUID versionId) {
        return itemRules.of(caller.orgId(), versionId);
    }

    /** Whether the red flag is on the checklist of a version of the caller's organisation's kits. */
    @Transactional(readOnly = true)
    public boolean onChecklist(Caller caller, UUID versionId, UUID redFlagId) {
        return kits.onChecklist(caller.orgId(), versionId, redFlagId);
    }

    /**
     * A version of one of the caller's organisation's kits by its id, as interviews pin it: its tag at once, and its view
     * only when asked for, so that an answer including it can be a 304 without reading its items. A published or
     * archived version is tagged from its {@link KitState}, one small row, and its view is the one kept by that tag
     * when there is one; a draft from its header.
     */
    @Transactional(readOnly = true)
    public PinnedKit pinned(Caller caller, UUID versionId) {
        KitState state = kits.findStateOfVersion(caller.orgId(), versionId).orElseThrow(() -> new KitFacts.KitNotFound(versionId));
        if (state.status() == KitStatus.DRAFT) {
            KitHeader header = header(caller, versionId);
            String tag = tagOf(header);
            return new PinnedKit(tag, () -> viewOf(header, tag));
        }
        // Read before the header, so a change between the two can only file a newer view under an older tag.
        String tag = Revalidation.tagOf("pinned kit", caller.orgId(), versionId, state,
                questions.stateOf(caller.orgId(), state.questionIds()));
        return new PinnedKit(tag, () -> publishedViews.get(tag).orElseGet(() -> viewOf(header(caller, versionId), tag)));
    }

    private KitHeader header(Caller caller, UUID versionId) {
        return kits.findHeaderOfVersion(caller.orgId(), versionId).orElseThrow(() -> new KitFacts.KitNotFound(versionId));
    }

    /** A version of one of the caller's organisation's kits by its id, as interviews pin it. */
    @Transactional(readOnly = true)
    public KitView getVersion(Caller caller, UUID versionId) {
        KitHeader header = header(caller, versionId);
        return build(header);
    }

    /** The rules a kit version holds for reports, for the report's projection (which has no caller). */
    @Transactional(readOnly = true)
    public ScoringRules scoringRules(UUID orgId, UUID versionId) {
        KitHeader header = kits.findHeaderOfVersion(orgId, versionId).orElseThrow(() -> new KitFacts.KitNotFound(versionId));
        return ScoringRules.of(build(header));
    }

    /**
     * A kit version as an interviewer may read it: only a version used by an interview whose panel they sit on.
     * Recruiters, hiring managers and admins read every version.
     */
    @Transactional(readOnly = true)
    Tagged<KitView> getForReader(Caller caller, UUID kitId, int version, Revalidation client) {
        KitHeader header = kits.findHeader(caller.orgId(), kitId, version)
                .orElseThrow(() -> new KitFacts.KitVersionNotFound(kitId, version));
        checkReader(caller, header.versionId());
        String tag = tagOf(header);
        return client.answer(tag, () -> viewOf(header, tag));
    }

    private void checkReader(Caller caller, UUID versionId) {
        boolean author = caller.hasAnyRole("ADMIN", "RECRUITER", "HIRING_MANAGER");
        if (!author && !panels.sitsOnPanelUsing(caller.orgId(), versionId, caller.userId())) {
            throw new KitFacts.KitNotOnYourPanels();
        }
    }

    /**
     * A published or archived version's content by its id, for the same readers as {@link #getForReader}. It never
     * changes, so the version's id tags it for good and the content, once built, is kept; a 304 or a kept answer costs
     * the reads that check tenancy and the reader (the version; for an interviewer, their panels).
     */
    @Transactional(readOnly = true)
    Tagged<KitVersionContent> content(Caller caller, UUID versionId, Revalidation client) {
        KitVersionRef version = kits.findVersionRefById(caller.orgId(), versionId)
                .orElseThrow(() -> new KitFacts.KitVersionIdNotFound(versionId));
        checkReader(caller, versionId);
        if (version.status() == KitStatus.DRAFT) {
            throw new KitFacts.KitVersionIsADraft(version);
        }
        return client.answer(Revalidation.tagOf("kit version", versionId), () -> contentOf(version));
    }

    private KitVersionContent contentOf(KitVersionRef version) {
        return contents.get(version.versionId()).orElseGet(() -> {
            KitHeader header = kits.findHeaderOfVersion(version.orgId(), version.versionId())
                    .orElseThrow(() -> new KitFacts.KitVersionIdNotFound(version.versionId()));
            KitVersionContent content = KitVersionContent.of(build(header));
            contents.put(version.versionId(), content);
            return content;
        });
    }

    @Transactional(readOnly = true)
    PageView<KitSummary> list(Caller caller, @Nullable KitStatus status, @Nullable String role, @Nullable String text, PageRequest paging) {
        String statusName = status == null ? null : status.name();
        String search = text == null || text.isBlank() ? null : text.trim();
        String roleName = role == null || role.isBlank() ? null : role.trim();
        return PageView.of(kits.list(caller.orgId(), statusName, roleName, search, paging.size(), paging.offset()), paging,
                kits.count(caller.orgId(), statusName, roleName, search));
    }

    @Transactional(readOnly = true)
    List<KitSummary> starters() {
        return kits.starters();
    }

    @Transactional
    KitView create(Caller caller, KitRequest request) {
        Draft draft = checked(caller, request);
        UUID kitId = UUID.randomUUID();
        UUID versionId = UUID.randomUUID();
        Instant now = Instant.now();
        kits.save(new Kit(kitId, caller.orgId(), 1, now, now));
        kits.insertDraft(caller.orgId(), versionId, kitId, 1, request.name().trim(), descriptionOf(request), request.role().trim(),
                request.level().trim(), draft.minOverall(), draft.disagreementSpread(), caller.userId());
        insertContent(caller.orgId(), versionId, draft);
        return recorded(caller, kitId, "CREATED", null, get(caller, kitId, null));
    }

    @Transactional
    KitView update(Caller caller, UUID kitId, KitRequest request) {
        DraftRef current = draftToChange(caller, kitId);
        if (request.revision() == null) {
            throw new KitFacts.InvalidKit(List.of(new FieldError("revision",
                    "is required: the revision of the draft your change was made from (now " + current.revision() + ")")));
        }
        if (request.revision() != current.revision()) {
            throw new KitFacts.StaleKitRevision(get(caller, kitId, null), request.revision());
        }
        Draft draft = checked(caller, request);
        KitView before = get(caller, kitId, null);
        kits.updateDraft(caller.orgId(), current.versionId(), request.name().trim(), descriptionOf(request), request.role().trim(),
                request.level().trim(), draft.minOverall(), draft.disagreementSpread());
        kits.deleteItems(caller.orgId(), current.versionId());
        kits.deleteChecklist(caller.orgId(), current.versionId());
        kits.deleteMinimums(caller.orgId(), current.versionId());
        insertContent(caller.orgId(), current.versionId(), draft);
        return recorded(caller, kitId, "DRAFT_CHANGED", before, get(caller, kitId, null));
    }

    @Transactional
    KitView publish(Caller caller, UUID kitId, @Nullable Integer revision) {
        DraftRef draft = draftToChange(caller, kitId);
        KitView current = get(caller, kitId, null);
        if (revision != null && revision != draft.revision()) {
            throw new KitFacts.StaleKitRevision(current, revision);
        }
        List<FieldError> problems = new KitDraft(current).publishProblems();
        if (!problems.isEmpty()) {
            throw new KitFacts.KitNotReadyToPublish(problems);
        }
        kits.publish(caller.orgId(), draft.versionId(), caller.userId());
        return recorded(caller, kitId, "PUBLISHED", null, get(caller, kitId, null));
    }

    @Transactional
    KitView revise(Caller caller, UUID kitId) {
        requireOwn(caller, kitId);
        int latest = kits.lockKit(caller.orgId(), kitId).orElseThrow(() -> new KitFacts.KitNotFound(kitId));
        KitView head = get(caller, kitId, null);
        if (head.status() == KitStatus.DRAFT) {
            throw new KitFacts.KitHasADraft(head);
        }
        KitHeader source = kits.findHeader(caller.orgId(), kitId, latest).orElseThrow();
        int next = latest + 1;
        copy(source, caller.orgId(), kitId, next, null, caller.userId());
        kits.advanceLatest(caller.orgId(), kitId, next);
        return recorded(caller, kitId, "REVISED", null, get(caller, kitId, next));
    }

    @Transactional
    KitView cloneKit(Caller caller, UUID kitId, @Nullable Integer version, @Nullable String name) {
        KitHeader source = kits.findHeader(caller.orgId(), kitId, version).orElseThrow(() -> version == null
                ? new KitFacts.KitNotFound(kitId) : new KitFacts.KitVersionNotFound(kitId, version));
        UUID newKitId = UUID.randomUUID();
        Instant now = Instant.now();
        kits.save(new Kit(newKitId, caller.orgId(), 1, now, now));
        String cloneName = name == null || name.isBlank() ? source.name() + " (copy)" : name.trim();
        copy(source, caller.orgId(), newKitId, 1, cloneName, caller.userId());
        return recorded(caller, newKitId, "CLONED", Map.of("fromKitId", kitId, "fromVersion", source.version()),
                get(caller, newKitId, null));
    }

    @Transactional
    KitView archive(Caller caller, UUID kitId, @Nullable Integer version) {
        requireOwn(caller, kitId);
        if (version != null) {
            KitView target = get(caller, kitId, version);
            if (target.status() != KitStatus.PUBLISHED) {
                throw new KitFacts.NothingToArchive("Version " + version + " is " + target.status().name().toLowerCase()
                        + "; only published versions are archived.");
            }
        }
        if (kits.archive(caller.orgId(), kitId, version) == 0) {
            throw new KitFacts.NothingToArchive("The kit has no published version to archive.");
        }
        return recorded(caller, kitId, "ARCHIVED", version == null ? Map.of("versions", "all published") : Map.of("version", version),
                get(caller, kitId, version));
    }

    private KitView recorded(Caller caller, UUID kitId, String action, @Nullable Object before, KitView after) {
        audit.record(caller, "KIT", kitId, action, before, after);
        return after;
    }

    private void copy(KitHeader source, UUID orgId, UUID kitId, int version, @Nullable String name, UUID userId) {
        UUID versionId = UUID.randomUUID();
        kits.copyVersion(source.orgId(), source.versionId(), orgId, kitId, versionId, version, name, userId);
        kits.copyItems(source.orgId(), source.versionId(), orgId, versionId);
        kits.copyChecklist(source.orgId(), source.versionId(), orgId, versionId);
        kits.copyMinimums(source.orgId(), source.versionId(), orgId, versionId);
    }

    /** The draft the caller may change, locked; a kit whose versions are all frozen is refused with the head version. */
    private DraftRef draftToChange(Caller caller, UUID kitId) {
        requireOwn(caller, kitId);
        return kits.lockDraft(caller.orgId(), kitId)
                .orElseThrow(() -> new KitFacts.KitAlreadyPublished(get(caller, kitId, null)));
    }

    private void requireOwn(Caller caller, UUID kitId) {
        UUID owner = kits.ownerOf(caller.orgId(), kitId).orElseThrow(() -> new KitFacts.KitNotFound(kitId));
        if (BuiltInContent.ORG_ID.equals(owner)) {
            throw new KitFacts.StarterKitIsReadOnly();
        }
    }

    /** The request checked against the bank, the catalogue and the competencies; every problem reported at once. */
    private Draft checked(Caller caller, KitRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<PinnedQuestion> items = resolveItems(caller, request.items(), errors);
        List<Map<String, Object>> checklist = resolveChecklist(caller, request, errors);
        KitRequest.Rules rules = request.rules() == null ? new KitRequest.Rules(null, null, null) : request.rules();
        Map<String, BigDecimal> minimums = rules.minPerCompetency() == null ? Map.of() : rules.minPerCompetency();
        Set<String> known = questions.competencies().stream().map(Competency::code).collect(Collectors.toSet());
        minimums.keySet().stream().sorted().filter(code -> !known.contains(code)).forEach(code -> errors.add(new FieldError(
                "rules.minPerCompetency[" + code + "]", "is not a competency; use one of " + known.stream().sorted().toList())));
        if (!errors.isEmpty()) {
            throw new KitFacts.InvalidKit(errors);
        }
        List<Map<String, Object>> itemRows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            KitRequest.Item item = request.items().get(i);
            PinnedQuestion question = items.get(i);
            itemRows.add(Map.of("position", i + 1, "questionOrgId", question.questionOrgId(), "questionId", question.questionId(),
                    "versionId", question.versionId(), "weight", item.weightOrDefault(), "timeBoxMinutes", item.timeBoxMinutes(),
                    "required", item.requiredOrDefault()));
        }
        int spread = rules.disagreementSpread() == null ? KitRequest.Rules.DEFAULT_DISAGREEMENT_SPREAD : rules.disagreementSpread();
        return new Draft(itemRows, checklist, minimums, rules.minOverall(), spread);
    }

    private List<PinnedQuestion> resolveItems(Caller caller, List<KitRequest.Item> items, List<FieldError> errors) {
        List<PinnedQuestion.Reference> references = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            references.add(new PinnedQuestion.Reference(i, items.get(i).questionId(), items.get(i).questionVersion()));
        }
        Map<Integer, PinnedQuestion> found = questions.resolve(caller, references).stream()
                .collect(Collectors.toMap(PinnedQuestion::ord, Function.identity()));
        Map<UUID, Integer> firstPosition = new HashMap<>();
        List<PinnedQuestion> resolved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            KitRequest.Item item = items.get(i);
            PinnedQuestion question = found.get(i);
            Integer earlier = firstPosition.putIfAbsent(item.questionId(), i);
            if (earlier != null) {
                errors.add(new FieldError("items[" + i + "].questionId",
                        "is already in the kit as items[" + earlier + "]; a question appears at most once per kit"));
            } else if (question == null && item.questionVersion() != null && questionExists(caller, item.questionId())) {
                errors.add(new FieldError("items[" + i + "].questionVersion", "question " + item.questionId()
                        + " has no version " + item.questionVersion()));
            } else if (question == null) {
                errors.add(new FieldError("items[" + i + "].questionId", "is not a question in your bank"));
            }
            resolved.add(question);
        }
        return resolved;
    }

    private boolean questionExists(Caller caller, UUID questionId) {
        return !questions.resolve(caller, List.of(new PinnedQuestion.Reference(0, questionId, null))).isEmpty();
    }

    private List<Map<String, Object>> resolveChecklist(Caller caller, KitRequest request, List<FieldError> errors) {
        List<UUID> flagIds = request.redFlagIds() == null ? List.of() : request.redFlagIds();
        Map<UUID, RedFlagView> found = questions.redFlags(caller.orgId(), flagIds);
        Map<UUID, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < flagIds.size(); i++) {
            Integer earlier = firstPosition.putIfAbsent(flagIds.get(i), i);
            if (earlier != null) {
                errors.add(new FieldError("redFlagIds[" + i + "]", "is already on the checklist as redFlagIds[" + earlier + "]"));
            } else if (!found.containsKey(flagIds.get(i))) {
                errors.add(new FieldError("redFlagIds[" + i + "]", "is not a red flag in your catalogue"));
            }
        }
        Set<UUID> knockouts;
        if (request.knockoutIds() == null) {
            knockouts = found.values().stream().filter(flag -> flag.severity() == Severity.CRITICAL)
                    .map(RedFlagView::id).collect(Collectors.toSet());
        } else {
            knockouts = Set.copyOf(request.knockoutIds());
            for (int i = 0; i < request.knockoutIds().size(); i++) {
                if (!flagIds.contains(request.knockoutIds().get(i))) {
                    errors.add(new FieldError("knockoutIds[" + i + "]", "is not on the checklist; add it to redFlagIds first"));
                }
            }
        }
        List<Map<String, Object>> checklist = new ArrayList<>();
        List<UUID> distinct = flagIds.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            RedFlagView flag = found.get(distinct.get(i));
            if (flag != null) {
                UUID flagOrgId = flag.builtIn() ? BuiltInContent.ORG_ID : caller.orgId();
                checklist.add(Map.of("position", i + 1, "redFlagOrgId", flagOrgId, "redFlagId", flag.id(),
                        "knockout", knockouts.contains(flag.id())));
            }
        }
        return checklist;
    }

    private void insertContent(UUID orgId, UUID versionId, Draft draft) {
        if (!draft.items().isEmpty()) {
            kits.insertItems(orgId, versionId, json.of(draft.items()));
        }
        if (!draft.checklist().isEmpty()) {
            kits.insertChecklist(orgId, versionId, json.of(draft.checklist()));
        }
        if (!draft.minimums().isEmpty()) {
            kits.insertMinimums(orgId, versionId, json.of(draft.minimums()));
        }
    }

    /**
     * A version's view: its header and items from this feature's tables, the questions they pin and its checklist's
     * red flags from the question bank, one read each.
     */
    private KitView build(KitHeader header) {
        List<KitItemRow> rows = kits.findItems(header.orgId(), header.versionId());
        Map<UUID, QuestionView> pinned = questions.pinnedVersions(header.orgId(),
                rows.stream().map(KitItemRow::questionVersionId).toList());
        Map<UUID, RedFlagView> flags = questions.redFlags(header.orgId(),
                header.checklist().stream().map(KitHeader.ChecklistRow::id).toList());
        List<KitView.Item> items = rows.stream().map(row -> new KitView.Item(row.position(), row.weight(), row.timeBoxMinutes(),
                row.required(), pinned.get(row.questionVersionId()))).toList();
        List<KitView.ChecklistEntry> checklist = header.checklist().stream()
                .map(flag -> new KitView.ChecklistEntry(flags.get(flag.id()), flag.knockout())).toList();
        int totalMinutes = rows.stream().mapToInt(KitItemRow::timeBoxMinutes).sum();
        BigDecimal totalWeight = rows.stream().map(KitItemRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new KitView(header.kitId(), header.version(), header.versionId(), header.status(), header.revision(),
                BuiltInContent.ORG_ID.equals(header.orgId()), header.name(), header.description(), header.role(), header.level(),
                items, checklist, new KitView.Rules(header.minOverall(), new TreeMap<>(header.minPerCompetency()),
                header.disagreementSpread()), totalMinutes, totalWeight, header.versions(),
                header.createdAt(), header.updatedAt(), header.publishedAt(), header.archivedAt());
    }

    private static String descriptionOf(KitRequest request) {
        return request.description() == null ? "" : request.description().trim();
    }


    /** A request's content, checked and resolved, ready to store. */
    private record Draft(List<Map<String, Object>> items, List<Map<String, Object>> checklist, Map<String, BigDecimal> minimums,
                         @Nullable BigDecimal minOverall, int disagreementSpread) {
    }
}
